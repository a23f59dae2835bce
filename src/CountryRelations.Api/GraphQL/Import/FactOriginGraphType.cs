using CountryRelations.Identification;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>Where an imported page's identifying fact was found.</summary>
public sealed class FactOriginGraphType : EnumerationGraphType<FactOrigin>
{
    public FactOriginGraphType()
    {
        Name = "FactOrigin";
        Description = "Where a fact about an imported page came from: GIVEN (input or manifest; always wins), TITLE, SOURCE_ADDRESS, TEXT (opening lines, the country named most, the words' language, the stated date) or NONE.";
    }
}
