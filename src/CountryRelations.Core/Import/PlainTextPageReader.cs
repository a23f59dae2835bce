using System.Text;
using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Topics;

namespace CountryRelations.Import;

/// <summary>
/// Splits the text of a profile page into headed sections: drops page chrome, reads the title and date
/// lines, recognises headings (through the topic vocabulary, or by layout for unknown ones) and keeps
/// paragraphs and bullets as written.
/// </summary>
public static partial class PlainTextPageReader
{
    /// <summary>Reads <paramref name="text"/>; refuses a page with no recognisable section.</summary>
    public static ParsedPage Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.TrimEnd())
            .ToList();

        string? title = null;
        string? countryName = null;
        DateOnly? publishedOn = null;
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (IsChrome(line))
            {
                continue;
            }

            if (PageDates.TryRead(line) is { } date)
            {
                publishedOn ??= date;
                continue;
            }

            if (TitleLine().Match(line.Trim()) is { Success: true } titleMatch
                && (!titleMatch.Groups["country"].Success || CountryCatalog.Default.Find(titleMatch.Groups["country"].Value) is not null))
            {
                title ??= line.Trim();
                countryName ??= titleMatch.Groups["country"].Success ? titleMatch.Groups["country"].Value.Trim() : null;
                continue;
            }

            kept.Add(line);
        }

        // A lone country name above the title is the site's breadcrumb, not content.
        DropLeadingCountryName(kept);

        var sections = new List<SectionDraft>();
        var unknown = new List<string>();
        string? heading = null;
        var body = new List<string>();
        for (var i = 0; i < kept.Count; i++)
        {
            if (IsHeading(kept, i, out var topic))
            {
                Flush();
                heading = kept[i].Trim();
                if (topic is null)
                {
                    unknown.Add(heading);
                }

                continue;
            }

            body.Add(kept[i]);
        }

        Flush();
        if (sections.Count == 0)
        {
            throw new DomainException(ErrorCodes.InvalidInput, "The document has no recognisable section: no heading followed by text was found.");
        }

        return new ParsedPage(title, countryName, publishedOn, sections, unknown);

        void Flush()
        {
            var text = JoinBody(body);
            body.Clear();
            if (text.Length == 0)
            {
                return;
            }

            // Text before the first heading (U.S. fact sheets open this way) is headed by the page title.
            var sectionHeading = heading ?? title ?? "Overview";
            sections.Add(new SectionDraft(sectionHeading, text, TopicVocabulary.Classify(sectionHeading) ?? (heading is null ? Topic.Political : Topic.Other)));
        }
    }

    private static bool IsHeading(List<string> lines, int index, out Topic? topic)
    {
        topic = null;
        var line = lines[index].Trim();
        if (!LooksLikeHeading(line) || !HasBodyAfter(lines, index))
        {
            return false;
        }

        topic = TopicVocabulary.Classify(line);
        if (topic is not null && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 9)
        {
            return true;
        }

        // An unknown heading is only trusted when the layout sets it apart: blank line before and after.
        topic = null;
        var blankBefore = index == 0 || lines[index - 1].Length == 0;
        var blankAfter = index + 1 < lines.Count && lines[index + 1].Length == 0;
        return blankBefore && blankAfter && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;
    }

    private static bool LooksLikeHeading(string line) =>
        line.Length is >= 3 and <= 100
        && char.IsUpper(line[0])
        && !".:;,!?…".Contains(line[^1], StringComparison.Ordinal)
        && !line.Contains(". ", StringComparison.Ordinal)
        && !BulletStart().IsMatch(line);

    private static bool HasBodyAfter(List<string> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Length > 0)
            {
                return !LooksLikeHeading(lines[j].Trim()) || BulletStart().IsMatch(lines[j]) || lines[j].Trim().Length > 100;
            }
        }

        return false;
    }

    private static string JoinBody(List<string> body)
    {
        var builder = new StringBuilder();
        var pendingBlank = false;
        foreach (var line in body)
        {
            if (line.Length == 0)
            {
                pendingBlank = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(pendingBlank ? "\n\n" : "\n");
            }

            builder.Append(line);
            pendingBlank = false;
        }

        return builder.ToString();
    }

    private static void DropLeadingCountryName(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Length > 0);
        if (first >= 0 && CountryCatalog.Default.Find(lines[first]) is not null)
        {
            lines.RemoveAt(first);
        }
    }

    private static bool IsChrome(string line)
    {
        var folded = TextFolding.Fold(line);
        return ChromeLines.Contains(folded) || ChromePattern().IsMatch(folded);
    }

    private static readonly HashSet<string> ChromeLines = new(StringComparer.Ordinal)
    {
        "latest news", "actualites", "quick access :", "quick access:", "acces rapide :", "acces rapide:", "share", "partager",
        "printable banner", "u.s. department of state - great seal", "u.s. department of state", "diplomacy in action",
        "fact sheet", "print", "imprimer",
    };

    [GeneratedRegex(@"^(?:more information about .+ is available|bureau of .+ affairs$|©|copyright\b|tous droits reserves|all rights reserved)")]
    private static partial Regex ChromePattern();

    [GeneratedRegex(@"^(?:France and (?<country>.+)|U\.S\. Relations With (?<country>.+)|La France et (?<country>.+)|Relations bilatérales)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^\s*(?:[•·▪◦*–-]\s|\d+[.)]\s)")]
    private static partial Regex BulletStart();
}
