using System.Text.RegularExpressions;
using CountryRelations.Publishers;

namespace CountryRelations.Import;

/// <summary>diplomatie.gouv.fr country files, in English ("France and X") and French ("Relations bilatérales").</summary>
public sealed partial class FrenchForeignMinistryConventions : PublisherConventions
{
    public override string PublisherCode => KnownPublishers.FrenchForeignMinistry;

    protected override IReadOnlyList<Regex> TitlePatterns { get; } = [EnglishTitle(), FrenchTitle(), FrenchSectionTitle()];

    protected override IReadOnlySet<string> ChromeLines { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "latest news", "actualites", "quick access :", "quick access:", "quick access", "acces rapide :", "acces rapide:", "acces rapide",
        "share", "partager", "print", "imprimer", "top of page", "haut de page",
    };

    protected override IReadOnlyList<Regex> ChromePatterns { get; } = [Footer()];

    public override string PageTitle(string countryName, string language) =>
        language == "fr" ? $"La France et {countryName}" : $"France and {countryName}";

    [GeneratedRegex(@"^France and (?<country>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishTitle();

    [GeneratedRegex(@"^La France et (?:la |le |les |l['’])?(?<country>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchTitle();

    [GeneratedRegex(@"^Relations bilat[ée]rales$", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchSectionTitle();

    [GeneratedRegex(@"^(?:©|copyright\b|tous droits reserves|all rights reserved|ministere de l'europe et des affaires etrangeres$)")]
    private static partial Regex Footer();
}
