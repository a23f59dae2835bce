using System.Text.RegularExpressions;
using CountryRelations.Publishers;

namespace CountryRelations.Import;

/// <summary>
/// diplomatie.gouv.fr country files, in English ("France and X", sub-pages of one topic) and French
/// ("La France et X", "Relations bilatérales", "Présentation de X").
/// </summary>
public sealed partial class FrenchForeignMinistryConventions : PublisherConventions
{
    public override string PublisherCode => KnownPublishers.FrenchForeignMinistry;

    public override string HomeCountry => "FR";

    protected override IReadOnlyList<string> Hosts { get; } = ["diplomatie.gouv.fr"];

    protected override IReadOnlyList<Regex> TitlePatterns { get; } = [EnglishTitle(), FrenchTitle(), FrenchSectionTitle(), FrenchPresentationTitle()];

    protected override IReadOnlySet<string> ChromeLines { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "latest news", "actualites", "quick access :", "quick access:", "quick access", "acces rapide :", "acces rapide:", "acces rapide",
        "share", "partager", "print", "imprimer", "top of page", "haut de page",
    };

    protected override IReadOnlyList<Regex> ChromePatterns { get; } = [Footer()];

    protected override IReadOnlyList<Regex> PublisherMarks { get; } = [Ministry()];

    protected override IReadOnlyList<Regex> FooterStarts { get; } = [Footer()];

    protected override IReadOnlyList<Regex> TeaserEnds { get; } = [ReadMore()];

    /// <summary><c>/en/…</c> and <c>/fr/…</c> (and the site's other languages) lead the path.</summary>
    public override string? LanguageOf(Uri address) =>
        address.Segments.Skip(1).FirstOrDefault()?.TrimEnd('/') is { Length: 2 } language && language.All(char.IsAsciiLetterLower) ? language : null;

    public override string PageTitle(string countryName, string language) =>
        language == "fr" ? $"La France et {countryName}" : $"France and {countryName}";

    [GeneratedRegex(@"^France and (?<country>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishTitle();

    [GeneratedRegex(@"^La France et (?<country>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchTitle();

    [GeneratedRegex(@"^Relations bilat[ée]rales$", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchSectionTitle();

    [GeneratedRegex(@"^Pr[ée]sentation(?: d[eu] (?<country>.+)| d['’](?<country>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchPresentationTitle();

    [GeneratedRegex(@"^(?:©|copyright\b|tous droits reserves|all rights reserved|ministere de l'europe et des affaires etrangeres$)")]
    private static partial Regex Footer();

    [GeneratedRegex(@"(?:french ministry (?:of|for) (?:europe and )?foreign affairs|ministere (?:de l'europe et )?des affaires etrangeres)")]
    private static partial Regex Ministry();

    [GeneratedRegex(@"^»?\s*(?:read more|lire la suite|en savoir plus)\s*(?:\.\.\.|…)?$")]
    private static partial Regex ReadMore();
}
