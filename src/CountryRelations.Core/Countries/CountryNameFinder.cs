using System.Collections.Frozen;
using System.Text;

namespace CountryRelations.Countries;

/// <summary>
/// Finds the countries a running text or an address names, by their English and French names and aliases, and, for a
/// text in a known language, by that language's names and adjectives, inflected ("kambodschanischen", "camboyanas").
/// Other languages' names are not read: German "Island" (Iceland) is an English island.
/// Codes are never read from text: "in", "us" and "fr" are words and path segments far more often than countries.
/// </summary>
public sealed class CountryNameFinder
{
    // Single words that name a country but, in running text, far more often mean something else
    // ("une réunion" is a meeting, Maurice a first name, "Latin America" no country).
    private static readonly FrozenSet<string> Ambiguous = new[] { "reunion", "maurice", "america", "jersey", "man" }.ToFrozenSet(StringComparer.Ordinal);

    // Endings an adjective takes in the languages read: case and gender (de, fr, es, it, nl), plural (en, es, pt).
    private static readonly string[] Endings = ["nnes", "nne", "nes", "ne", "es", "en", "er", "em", "os", "as", "e", "s", "n", "a", "o"];

    private readonly FrozenDictionary<string, Country> _byName;
    private readonly FrozenDictionary<string, FrozenDictionary<string, Country>> _byLanguage;
    private readonly FrozenDictionary<string, FrozenDictionary<string, Country>> _adjectives;
    private readonly int _longestName;

    /// <summary>The finder over <see cref="CountryCatalog.Default"/>.</summary>
    public static CountryNameFinder Default { get; } = new(CountryCatalog.Default);

    /// <summary>Creates a finder over every name and alias of <paramref name="catalog"/>.</summary>
    public CountryNameFinder(CountryCatalog catalog)
    {
        var names = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in catalog.All)
        {
            foreach (var name in new[] { country.NameEn, country.NameFr }.Concat(country.Aliases))
            {
                var key = string.Join(' ', Words(name));
                if (key.Length > 0 && !Ambiguous.Contains(key))
                {
                    names.TryAdd(key, country);
                }
            }
        }

        _byName = names.ToFrozenDictionary(StringComparer.Ordinal);
        var languages = catalog.All.SelectMany(c => c.Names.Keys.Concat(c.Adjectives.Keys)).Append("en").Append("fr").Distinct().ToList();
        _byLanguage = languages.ToFrozenDictionary(
            language => language,
            language => Keyed(catalog.All.SelectMany(c => c.Names.GetValueOrDefault(language, []).Select(n => (Key: string.Join(' ', Words(n)), Country: c))))
                .Where(p => !_byName.ContainsKey(p.Key))
                .ToFrozenDictionary(p => p.Key, p => p.Country, StringComparer.Ordinal));
        _adjectives = languages.ToFrozenDictionary(
            language => language,
            language => Keyed(catalog.All.SelectMany(c => c.Adjectives.GetValueOrDefault(language, []).Select(a => (Key: TextFolding.Fold(a), Country: c))))
                .ToFrozenDictionary(p => p.Key, p => p.Country, StringComparer.Ordinal));
        _longestName = names.Keys.Concat(_byLanguage.Values.SelectMany(d => d.Keys)).Max(k => k.Count(c => c == ' ') + 1);
    }

    private static IEnumerable<(string Key, Country Country)> Keyed(IEnumerable<(string Key, Country Country)> pairs) =>
        pairs.Where(p => p.Key.Length > 0 && !Ambiguous.Contains(p.Key)).DistinctBy(p => p.Key);

    /// <summary>
    /// Every country named in <paramref name="text"/>, in order of appearance, one entry per naming; with a
    /// <paramref name="language"/>, that language's names and (unless <paramref name="adjectives"/> is false) adjectives count too.
    /// </summary>
    public IReadOnlyList<Country> Find(string text, string? language = null, bool adjectives = true)
    {
        var words = Words(text);
        var local = language is null ? null : _byLanguage.GetValueOrDefault(Code(language));
        var described = language is null || !adjectives ? null : _adjectives.GetValueOrDefault(Code(language));
        var found = new List<Country>();
        for (var start = 0; start < words.Count;)
        {
            var matched = 0;
            for (var length = Math.Min(_longestName, words.Count - start); length > 0 && matched == 0; length--)
            {
                var key = length == 1 ? words[start] : string.Join(' ', words.Skip(start).Take(length));
                if (_byName.TryGetValue(key, out var country) || (local is not null && local.TryGetValue(key, out country)))
                {
                    found.Add(country);
                    matched = length;
                }
            }

            if (matched == 0 && described is not null && Adjective(described, words[start]) is { } adjectiveOf)
            {
                found.Add(adjectiveOf);
            }

            start += Math.Max(matched, 1);
        }

        return found;
    }

    private static string Code(string language) => language.Length > 2 ? language[..2].ToLowerInvariant() : language.ToLowerInvariant();

    // The word itself, or the word less one ending; a Romance adjective's stem ("camboyan-") takes any vowel ending.
    private static Country? Adjective(FrozenDictionary<string, Country> adjectives, string word)
    {
        if (word.Length < 4)
        {
            return null;
        }

        if (adjectives.TryGetValue(word, out var country))
        {
            return country;
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                if (adjectives.TryGetValue(stem, out country) || adjectives.TryGetValue(stem + "o", out country) || adjectives.TryGetValue(stem + "e", out country))
                {
                    return country;
                }
            }
        }

        return null;
    }

    // Folded words. Everything but letters and digits separates, apostrophes too, so that "Cambodia's" and "l'Inde"
    // name their countries; names are split the same way ("people s", "cote d ivoire").
    private static List<string> Words(string text)
    {
        var folded = TextFolding.Fold(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            Flush();
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
