namespace CountryRelations.Comparison;

/// <summary>The kinds of figure found in profile prose.</summary>
public enum FigureKind
{
    /// <summary>A sum of money, normalised to units of its currency.</summary>
    Amount,

    /// <summary>A percentage.</summary>
    Percentage,

    /// <summary>A calendar year.</summary>
    Year,
}
