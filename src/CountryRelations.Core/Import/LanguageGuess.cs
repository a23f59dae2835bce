using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Languages;

namespace CountryRelations.Import;

/// <summary>
/// Tells a page's language by counting each known language's commonest short words (<see cref="Vocabularies"/>);
/// a word common to two languages ("de", "en") tells nothing and is not counted.
/// </summary>
public static partial class LanguageGuess
{
    private static readonly Dictionary<string, string> Telling = TellingWords();

    /// <summary>The likeliest language and whether the text says so plainly (enough words, well ahead of the next).</summary>
    public readonly record struct Reading(string Language, bool Clear)
    {
        /// <summary>Reads <paramref name="text"/>.</summary>
        public static Reading Of(string text)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match word in Word().Matches(text.Length > 20_000 ? text[..20_000] : text))
            {
                if (Telling.TryGetValue(TextFolding.Fold(word.Value), out var language))
                {
                    counts[language] = counts.GetValueOrDefault(language) + 1;
                }
            }

            var ranked = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key == "en" ? 0 : 1).ToList();
            if (ranked.Count == 0)
            {
                return new Reading("en", false);
            }

            var second = ranked.Count > 1 ? ranked[1].Value : 0;
            return new Reading(ranked[0].Key, ranked[0].Value >= 6 && ranked[0].Value >= 2 * second);
        }
    }

    private static Dictionary<string, string> TellingWords()
    {
        var owners = Vocabularies.All.SelectMany(v => v.Stopwords.Select(w => (Word: w, v.Code))).ToList();
        return owners.GroupBy(o => o.Word).Where(g => g.Select(o => o.Code).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
