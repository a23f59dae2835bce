using System.Text.RegularExpressions;
using CountryRelations.Countries;

namespace CountryRelations.Topics;

/// <summary>
/// Maps a section heading, English or French, to a <see cref="Topic"/>. Rules are keyword stems tried in
/// order, most specific first, so "Other types of cooperation: humanitarian assistance" is humanitarian,
/// not cultural cooperation, and "Données économiques" economic before it is country data.
/// </summary>
public static partial class TopicVocabulary
{
    private static readonly (Topic Topic, string[] Stems)[] Rules =
    [
        (Topic.EuropeanUnionMultilateral, ["european union", "union europeenne", "multilateral", "international organization", "organisations internationales", "united nations", "nations unies"]),
        (Topic.HumanitarianDevelopment, ["humanitarian", "humanitaire", "assistance", "aide au", "aide publique", "development", "developpement"]),
        (Topic.Visits, ["visit"]),
        (Topic.Economic, ["econom", "trade", "commerc", "investment", "investissement"]),
        (Topic.SecurityDefence, ["defence", "defense", "security", "securite", "military", "militaire"]),
        (Topic.ConsularPresence, ["presence", "consul", "community", "communaute", "ressortissant", "nationals"]),
        (Topic.CulturalScientificTechnical, ["cultur", "scienti", "technical", "technique", "education", "francophon", "universit"]),
        (Topic.Overview, ["presentation", "donnees generales", "general data", "geograph", "demograph", "country profile", "key facts", "overview", "at a glance"]),

        // Last: any heading about relations ("U.S.-Laos Relations", "Relations with France", "U.S. Relationship").
        (Topic.Political, ["politi", "bilateral relations", "relations bilaterales", "diplomat", "representation", "relation"]),
    ];

    /// <summary>The topic of <paramref name="heading"/>, or null when no rule knows it.</summary>
    public static Topic? Classify(string heading)
    {
        var folded = TextFolding.Fold(heading);
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
    public static Topic? ClassifyBody(string body)
    {
        var words = Word().Matches(TextFolding.Fold(body)).Select(m => m.Value).ToList();
        var counts = Rules
            .Select(rule => (rule.Topic, Count: words.Count(word => rule.Stems.Any(stem => !stem.Contains(' ', StringComparison.Ordinal) && word.StartsWith(stem, StringComparison.Ordinal)))))
            .OrderByDescending(c => c.Count)
            .ToList();
        return counts[0].Count >= 2 && counts[0].Count > counts[1].Count * 3 / 2 ? counts[0].Topic : null;
    }

    /// <summary>How <paramref name="topic"/> came to be the topic of a section headed <paramref name="heading"/> over <paramref name="body"/>.</summary>
    public static TopicBasis BasisOf(string heading, string body, Topic topic) =>
        Classify(heading) == topic ? TopicBasis.Heading
        : ClassifyBody(body) == topic ? TopicBasis.Body
        : TopicBasis.Default;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
