using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Languages;

namespace CountryRelations.Import;

/// <summary>
/// Page chrome any publisher's site has, whoever published it: sharing and navigation words in every language read
/// (the vocabulary files), download links ("… PDF / 85 KB"), links that name their languages ("Country profile (de,
/// fr)"), a site's own name ("Thaïlande.gc.ca"), menus whose items extraction glued together
/// ("PortadaContáctenosEnvíe esta página…"), breadcrumb separators ("2. >") and numbered breadcrumb trails.
/// </summary>
public static partial class PageChrome
{
    private static readonly HashSet<string> Lines = Vocabularies.All.SelectMany(v => v.ChromeLines).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> HomeWords = Vocabularies.All.SelectMany(v => v.HomeWords).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="line"/> (<paramref name="folded"/>: as <see cref="TextFolding.Fold"/> gives it) is chrome on any site.</summary>
    public static bool Is(string line, string folded)
    {
        var trimmed = line.Trim();
        return Lines.Contains(folded) || Lines.Contains(folded.TrimEnd(':', ' '))
            || Download().IsMatch(folded) || Flag().IsMatch(folded) || LanguageLink().IsMatch(folded) || Separator().IsMatch(folded) || SiteName().IsMatch(folded)
            || (trimmed.Length < 400 && GluedMenu().Count(trimmed) >= 3 && !SentenceEnd().IsMatch(trimmed));
    }

    /// <summary>
    /// Removes a numbered breadcrumb trail ("1. Accueil", "2. >", "3. Relations bilatérales") from the top of
    /// <paramref name="lines"/>: a run of numbered lines whose first item is a home page's name.
    /// </summary>
    public static void DropBreadcrumbTrail(List<PageLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var first = Numbered().Match(text);
            if (!first.Success || first.Groups["number"].Value != "1" || !HomeWords.Contains(TextFolding.Fold(first.Groups["item"].Value)))
            {
                // Only near the top: a numbered list further down is content.
                if (text.Split(' ').Length > 12)
                {
                    return;
                }

                continue;
            }

            var end = i + 1;
            while (end < lines.Count && (lines[end].Text.Trim() is var next && (Numbered().IsMatch(next) || Separator().IsMatch(TextFolding.Fold(next)))))
            {
                end++;
            }

            lines.RemoveRange(i, end - i);
            return;
        }
    }

    // "Gemeinsame Erklärung von Hanoi … PDF / 85 KB", "Download (PDF, 1.2 MB)".
    [GeneratedRegex(@"\b(?:pdf|docx?|xlsx?|pptx?|zip|odt|rtf)\s*[/,(]\s*\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|[kmg]o|bytes?|octets)\)?\s*$")]
    private static partial Regex Download();

    // An image's alternative text: "Bandera de Guatemala", "Flag of Laos".
    [GeneratedRegex(@"^(?:flag of|bandera de|drapeau d[eu]|drapeau de l'|flagge von|bandiera d[ie]|bandeira d[eoa])\s+[\p{L} '-]{2,40}$")]
    private static partial Regex Flag();

    // "State Secretariat for Economic Affairs SECO / Country profile (de, fr)".
    [GeneratedRegex(@"\((?:[a-z]{2})(?:\s*,\s*[a-z]{2})+\)$|\((?:de|fr|it|en|es|pt|nl)\)$")]
    private static partial Regex LanguageLink();

    // ">", "»", "2. >", "|".
    [GeneratedRegex(@"^(?:\d+\.\s*)?[>»|/›]+$")]
    private static partial Regex Separator();

    // "thailande.gc.ca", "www.mofa.go.jp": a site's name as a line.
    [GeneratedRegex(@"^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:gc\.ca|gov|gouv\.fr|[a-z]{2,4})$")]
    private static partial Regex SiteName();

    // A lower-case letter directly followed by a capital: "PortadaContáctenos".
    [GeneratedRegex(@"\p{Ll}\p{Lu}")]
    private static partial Regex GluedMenu();

    [GeneratedRegex(@"[.!?]\s+\p{Lu}\p{Ll}+ \p{Ll}")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?<number>\d{1,2})\.\s*(?<item>.*)$")]
    private static partial Regex Numbered();
}
