using CountryRelations.Api.AnswerCaching;
using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>A figure as written and as a number.</summary>
public sealed class FigureGraphType : ObjectGraphType<Figure>
{
    public FigureGraphType()
    {
        Name = "Figure";
        this.FieldsFollowTheirParent();
        Description = "An amount, percentage or year found in text, in the notation of the text's language: \"€6.4 million\" is AMOUNT 6400000 EUR, \"1,357 Mrd. Euro\" AMOUNT 1357000000 EUR, \"+ 4,2 %\" PERCENTAGE 4.2.";
        Field<NonNullGraphType<FigureKindGraphType>>("kind").Description("Amount, percentage or year.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("Currency units, percentage points or the year.").Resolve(c => c.Source.Value);
        Field<StringGraphType>("currency").Description("ISO 4217 code of an amount (EUR, USD, GBP, CHF, JPY, AUD, CAD); null otherwise.").Resolve(c => c.Source.Currency);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The figure exactly as written.").Resolve(c => c.Source.Text);
        Field<IntGraphType>("year").Description("For an amount, the year its sentence says it refers to (\"€6.4 million in 2014\", \"(2018)\"); null when it names none.").Resolve(c => c.Source.Year);
    }
}
