using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Identification;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>An imported page's publication date.</summary>
public sealed class DateFactGraphType : ObjectGraphType<DateFact>
{
    public DateFactGraphType()
    {
        Name = "DateFact";
        Description = "A page's publication date: stated by the page (origin TEXT), given (GIVEN), or neither (NONE: no date stated).";
        Field<IsoDateGraphType>("value").Description("The date; null when no date is stated or given.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<FactOriginGraphType>>("origin").Description("Where it was found.").Resolve(c => c.Source.Origin);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The date (YYYY-MM-DD) or \"no date stated\".")
            .Resolve(c => c.Source.Value is { } date ? CountryRelations.Dates.IsoDate.Format(date) : "no date stated");
    }
}
