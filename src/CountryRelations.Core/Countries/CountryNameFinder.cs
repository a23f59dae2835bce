using System.Collections.Frozen;
using System.Text;

namespace CountryRelations.Countries;

/// <summary>
/// Finds the countries a running text or an address names, by their English and French names and aliases.
/// Codes are never read from text: "in", "us" and "fr" are words and path segments far more often than countries.
/// </summary>
public sealed class CountryNameFinder
{
    // Single words that name a country but, in running text, far more often mean something else
    // ("une réunion" is a meeting, Maurice a first name, "Latin America" no country).
    private static readonly FrozenSet<string> Ambiguous = new[] { "reunion", "maurice", "america", "jersey", "man" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Country> _byName;
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
        _longestName = names.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>Every country named in <paramref name="text"/>, in order of appearance, one entry per naming.</summary>
    public IReadOnlyList<Country> Find(string text)
    {
        var words = Words(text);
        var found = new List<Country>();
        for (var start = 0; start < words.Count;)
        {
            var matched = 0;
            for (var length = Math.Min(_longestName, words.Count - start); length > 0 && matched == 0; length--)
            {
                if (_byName.TryGetValue(string.Join(' ', words.Skip(start).Take(length)), out var country))
                {
                    found.Add(country);
                    matched = length;
                }
            }

            start += Math.Max(matched, 1);
        }

        return found;
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
