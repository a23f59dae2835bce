using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Languages;

namespace CountryRelations.Topics;

/// <summary>
/// Maps a section heading, in any language with a vocabulary file (<see cref="Vocabularies"/>), to a <see cref="Topic"/>.
/// Topics are tried in a fixed order, most specific first, each with every language's stems, so "Other types of
/// cooperation: humanitarian assistance" is humanitarian, not cultural cooperation, "Données économiques" economic
/// before it is country data, and "Political context" (the other country's own politics) an overview.
/// </summary>
public static partial class TopicVocabulary
{
    // Precedence, not vocabulary: the words themselves live in the language files.
    private static readonly Topic[] Precedence =
    [
        Topic.EuropeanUnionMultilateral, Topic.HumanitarianDevelopment, Topic.Visits, Topic.Economic, Topic.SecurityDefence,
        Topic.ConsularPresence, Topic.CulturalScientificTechnical, Topic.Overview,

        // Last: any heading about relations ("U.S.-Laos Relations", "Relations with France", "Politische Beziehungen").
        Topic.Political,
    ];

    private static readonly (Topic Topic, string[] Stems)[] Rules = RulesOf(Vocabularies.All);

    private static readonly Dictionary<string, (Topic Topic, string[] Stems)[]> BodyRules =
        Vocabularies.All.ToDictionary(v => v.Code, v => RulesOf([v]));

    // Text of an unknown language is read with the vocabularies the store began with.
    private static readonly (Topic Topic, string[] Stems)[] DefaultBodyRules =
        RulesOf(Vocabularies.All.Where(v => v.Code is "en" or "fr").ToList());

    private static (Topic Topic, string[] Stems)[] RulesOf(IReadOnlyList<LanguageVocabulary> languages) =>
        Precedence.Select(topic => (topic, languages.SelectMany(l => l.TopicStems).Where(s => s.Topic == topic).Select(s => s.Stem).Distinct().ToArray())).ToArray();

    /// <summary>The topic of <paramref name="heading"/>, or null when no rule knows it.</summary>
    public static Topic? Classify(string heading)
    {
        var folded = TextFolding.Fold(heading);
        foreach (var language in Vocabularies.All)
        {
            if (language.TopicHeadings.TryGetValue(folded.Trim(), out var whole))
            {
                return whole;
            }
        }

        foreach (var (topic, stems) in Rules)
        {
            if (stems.Any(stem => StartsAWord(folded, stem)))
            {
                return topic;
            }
        }

        return null;
    }

    // Stems match at the start of a word: "Bilateral Representation" is not a "présentation", "agricultural" not cultural.
    private static bool StartsAWord(string folded, string stem)
    {
        for (var at = folded.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(stem, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetter(folded[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The topic a section's text is mostly about, for a heading the vocabulary does not know: the topic whose
    /// stems occur most often, when it occurs at least twice and clearly more than any other; else null.
    /// </summary>
    public static Topic? ClassifyBody(string body, string? language = null)
    {
        var words = Word().Matches(TextFolding.Fold(body)).Select(m => m.Value).ToList();
        var rules = Vocabularies.Of(language) is { } known ? BodyRules[known.Code] : DefaultBodyRules;
        var counts = rules
            .Select(rule => (rule.Topic, Count: words.Count(word => rule.Stems.Any(stem => !stem.Contains(' ', StringComparison.Ordinal) && word.StartsWith(stem, StringComparison.Ordinal)))))
            .OrderByDescending(c => c.Count)
            .ToList();
        return counts[0].Count >= 2 && counts[0].Count > counts[1].Count * 3 / 2 ? counts[0].Topic : null;
    }

    /// <summary>How <paramref name="topic"/> came to be the topic of a section headed <paramref name="heading"/> over <paramref name="body"/>.</summary>
    public static TopicBasis BasisOf(string heading, string body, Topic topic, string? language = null) =>
        Classify(heading) == topic ? TopicBasis.Heading
        : ClassifyBody(body, language) == topic ? TopicBasis.Body
        : TopicBasis.Default;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
