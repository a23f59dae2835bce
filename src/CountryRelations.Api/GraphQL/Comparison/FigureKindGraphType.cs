using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>The kinds of figures read from text.</summary>
public sealed class FigureKindGraphType : EnumerationGraphType<FigureKind>
{
    public FigureKindGraphType()
    {
        Name = "FigureKind";
        Description = "AMOUNT (money, with a currency), PERCENTAGE or YEAR.";
    }
}
