namespace CountryRelations.Countries;

/// <summary>An ISO 3166-1 country or territory.</summary>
public sealed class Country
{
    /// <summary>ISO 3166-1 alpha-2 code, e.g. <c>KP</c>.</summary>
    public required string Code { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code, e.g. <c>PRK</c>.</summary>
    public required string Alpha3 { get; init; }

    /// <summary>ISO English short name.</summary>
    public required string NameEn { get; init; }

    /// <summary>ISO French short name.</summary>
    public required string NameFr { get; init; }

    /// <summary>Common and official names and aliases in English and French.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }
}
