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

    /// <summary>
    /// The name in running order, in French for <c>fr</c> and English otherwise: ISO's inverted names read
    /// naturally again ("Korea, Democratic People's Republic of" → "Democratic People's Republic of Korea").
    /// </summary>
    public string CommonName(string language)
    {
        var name = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? NameFr : NameEn;
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? name : $"{name[(comma + 2)..]} {name[..comma]}";
    }
}
