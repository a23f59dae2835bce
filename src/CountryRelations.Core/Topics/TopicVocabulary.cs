using CountryRelations.Countries;

namespace CountryRelations.Topics;

/// <summary>
/// Maps a section heading, English or French, to a <see cref="Topic"/>. Rules are keyword stems tried in
/// order, most specific first, so "Other types of cooperation: humanitarian assistance" is humanitarian,
/// not cultural cooperation.
/// </summary>
public static class TopicVocabulary
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
        (Topic.Political, ["politi", "bilateral relations", "relations bilaterales", "diplomat"]),
    ];

    /// <summary>The topic of <paramref name="heading"/>, or null when no rule knows it.</summary>
    public static Topic? Classify(string heading)
    {
        var folded = TextFolding.Fold(heading);
        foreach (var (topic, stems) in Rules)
        {
            if (stems.Any(stem => folded.Contains(stem, StringComparison.Ordinal)))
            {
                return topic;
            }
        }

        return null;
    }
}
