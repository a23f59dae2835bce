using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>A figure as written and as a number.</summary>
public sealed class FigureGraphType : ObjectGraphType<Figure>
{
    public FigureGraphType()
    {
        Name = "Figure";
        Description = "An amount, percentage or year found in text, in English or French notation: \"€6.4 million\" is AMOUNT 6400000 EUR, \"+ 4,2 %\" is PERCENTAGE 4.2.";
        Field<NonNullGraphType<FigureKindGraphType>>("kind").Description("Amount, percentage or year.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("Currency units, percentage points or the year.").Resolve(c => c.Source.Value);
        Field<StringGraphType>("currency").Description("ISO 4217 code of an amount (EUR, USD, GBP); null otherwise.").Resolve(c => c.Source.Currency);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The figure exactly as written.").Resolve(c => c.Source.Text);
    }
}
