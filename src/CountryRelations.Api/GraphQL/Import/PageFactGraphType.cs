using CountryRelations.Identification;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>One identifying fact of an imported page.</summary>
public sealed class PageFactGraphType : ObjectGraphType<PageFact>
{
    public PageFactGraphType()
    {
        Name = "PageFact";
        Description = "A fact that places a page in the history (a country code, a publisher code, a language) and where it was found.";
        Field<StringGraphType>("value").Description("The value; null when it was found nowhere.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<FactOriginGraphType>>("origin").Description("Where it was found.").Resolve(c => c.Source.Origin);
    }
}
