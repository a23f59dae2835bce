namespace CountryRelations.Comparison;

/// <summary>A figure as written and as a number: "€6.4 million" is Amount 6,400,000 EUR.</summary>
/// <param name="Kind">Amount, percentage or year.</param>
/// <param name="Value">The number: currency units, percent points, or the year.</param>
/// <param name="Currency">ISO 4217 code for amounts (EUR, USD, GBP), else null.</param>
/// <param name="Text">The figure exactly as written.</param>
/// <param name="Start">Where it starts in the text.</param>
public sealed record Figure(FigureKind Kind, decimal Value, string? Currency, string Text, int Start)
{
    /// <summary>For an amount, the year its sentence says it refers to ("€6.4 million in 2014", "(2018)"); else null.</summary>
    public int? Year { get; init; }
}
