namespace CountryRelations.Identification;

/// <summary>Where an import found one of the facts that place a page in the history.</summary>
public enum FactOrigin
{
    /// <summary>Given by the caller (argument, option or manifest); a given value always wins.</summary>
    Given,

    /// <summary>The page's title line ("France and Senegal", "U.S. Relations With Laos").</summary>
    Title,

    /// <summary>The address the page was read from (<c>/country-files/myanmar/</c>, <c>state.gov</c>, <c>/fr/</c>).</summary>
    SourceAddress,

    /// <summary>The page's text: its opening lines, the country it names most, its language, its stated date.</summary>
    Text,

    /// <summary>Found nowhere.</summary>
    None,
}
