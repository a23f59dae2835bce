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

    /// <summary>Names by language (ISO 639-1) beyond English and French, from i18n-iso-countries; the first is the usual short name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Adjectives by language ("kambodschanisch", "camboyano"), from i18n-nationality; only unambiguous single words.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Adjectives { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// The name in running order: French for <c>fr</c>, the language's usual name for another known language, English
    /// otherwise: ISO's inverted names read
    /// naturally again ("Korea, Democratic People's Republic of" → "Democratic People's Republic of Korea").
    /// </summary>
    public string CommonName(string language)
    {
        var code = language.Length > 2 ? language[..2].ToLowerInvariant() : language.ToLowerInvariant();
        var name = code == "fr" ? NameFr
            : code != "en" && Names.TryGetValue(code, out var names) && names.Count > 0 ? names[0]
            : NameEn;
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? name : $"{name[(comma + 2)..]} {name[..comma]}";
    }
}
