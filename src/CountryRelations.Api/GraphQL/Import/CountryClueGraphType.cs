using CountryRelations.Api.GraphQL.Countries;
using CountryRelations.Countries;
using CountryRelations.Identification;
using CountryRelations.Api.GraphQL.Common;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>One hint at an imported page's subject country.</summary>
public sealed class CountryClueGraphType : ObjectGraphType<CountryClue>
{
    public CountryClueGraphType()
    {
        Name = "CountryClue";
        Description = "One hint at a page's subject country, so that the choice can be explained.";
        Field<NonNullGraphType<CountryGraphType>>("country").Description("The country it points to.")
            .Resolve(c => c.Service<CountryCatalog>().Resolve(c.Source.CountryCode));
        Field<NonNullGraphType<FactOriginGraphType>>("origin").Description("Where it was found.").Resolve(c => c.Source.Origin);
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("The words that gave it (a title, an address path, \"named most (7 times)\").").Resolve(c => c.Source.Evidence);
    }
}
