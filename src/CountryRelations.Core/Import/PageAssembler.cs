using System.Text;
using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Topics;

namespace CountryRelations.Import;

/// <summary>
/// Turns a page's lines into sections: drops chrome, takes the title and date lines aside, decides which lines
/// are headings (the markup's word when there is one, else the layout and the topic vocabulary), and joins the
/// rest into bodies, paragraphs separated by a blank line, bullets kept as written.
/// </summary>
public static partial class PageAssembler
{
    /// <summary>Assembles <paramref name="lines"/>; refuses a page with no section.</summary>
    public static ParsedPage Assemble(IReadOnlyList<PageLine> lines, PublisherConventions? conventions = null)
    {
        var candidates = conventions is null ? KnownConventions.All : [conventions];
        PublisherConventions? matched = conventions;
        string? title = null;
        string? countryName = null;
        DateOnly? publishedOn = null;
        var kept = new List<PageLine>();
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length > 0 && candidates.Any(c => c.IsChrome(text)))
            {
                continue;
            }

            if (text.Length > 0 && PageDates.TryRead(text) is { } date)
            {
                publishedOn ??= date;
                continue;
            }

            if (title is null && text.Length > 0 && TitleOwner(candidates, text, out var named) is { } owner)
            {
                countryName = named;
                title = text;
                matched ??= owner;
                continue;
            }

            kept.Add(line);
        }

        DropBreadcrumb(kept);
        var (sections, unknown, headings) = BuildSections(kept, (matched ?? candidates[0]).IntroductionHeading(title));
        if (headings == 0)
        {
            throw new DomainException(ErrorCodes.NoSections, "The document has no recognisable section: no heading followed by text was found.");
        }

        var language = LanguageGuess.Of(string.Join(' ', sections.Select(s => s.Heading + " " + s.Body)));
        return new ParsedPage(matched?.PublisherCode, language, title, countryName, publishedOn, sections, unknown);
    }

    private static PublisherConventions? TitleOwner(IReadOnlyList<PublisherConventions> candidates, string text, out string? countryName)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.IsTitle(text, out countryName))
            {
                return candidate;
            }
        }

        countryName = null;
        return null;
    }

    private static (List<SectionDraft> Sections, List<string> Unknown, int Headings) BuildSections(List<PageLine> lines, string? introductionHeading)
    {
        var headings = 0;
        var sections = new List<SectionDraft>();
        var unknown = new List<string>();
        string? heading = null;
        var body = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsHeading(lines, i, out var topic))
            {
                Flush();
                headings++;
                heading = lines[i].Text.Trim();
                if (topic is null)
                {
                    unknown.Add(heading);
                }

                continue;
            }

            body.Add(lines[i].Text.TrimEnd());
        }

        Flush();
        return (sections, unknown, headings);

        void Flush()
        {
            var text = JoinBody(body);
            body.Clear();
            if (text.Length == 0)
            {
                return;
            }

            var sectionHeading = heading ?? introductionHeading ?? "Introduction";
            var topic = TopicVocabulary.Classify(sectionHeading) ?? (heading is null ? Topic.Political : Topic.Other);
            sections.Add(new SectionDraft(sectionHeading, text, topic));
        }
    }

    private static bool IsHeading(List<PageLine> lines, int index, out Topic? topic)
    {
        var line = lines[index];
        var text = line.Text.Trim();
        topic = null;
        if (line.IsHeading is { } marked)
        {
            topic = marked ? TopicVocabulary.Classify(text) : null;
            return marked && HasBodyAfter(lines, index);
        }

        if (!LooksLikeHeading(text) || !HasBodyAfter(lines, index))
        {
            return false;
        }

        topic = TopicVocabulary.Classify(text);
        if (topic is not null && Words(text) <= 9)
        {
            return true;
        }

        // An unknown heading is only trusted when the layout sets it apart: blank line before and after.
        topic = null;
        var blankBefore = index == 0 || lines[index - 1].Text.Length == 0;
        var blankAfter = index + 1 < lines.Count && lines[index + 1].Text.Length == 0;
        return blankBefore && blankAfter && Words(text) <= 8;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool LooksLikeHeading(string line) =>
        line.Length is >= 3 and <= 100
        && char.IsUpper(line[0])
        && !".:;,!?…".Contains(line[^1], StringComparison.Ordinal)
        && !SentenceBreak().IsMatch(line)
        && !DatedLine().IsMatch(line)
        && !BulletStart().IsMatch(line);

    // A heading needs text under it: a "heading" at the very end is a page cut off mid-sentence, and a line
    // followed straight by another heading is not one either.
    private static bool HasBodyAfter(List<PageLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Text.Length > 0)
            {
                return !IsHeading(lines, j, out _);
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

    // A lone country name above the title is the site's breadcrumb, not content.
    private static void DropBreadcrumb(List<PageLine> lines)
    {
        var first = lines.FindIndex(l => l.Text.Length > 0);
        if (first >= 0 && CountryCatalog.Default.Find(lines[first].Text) is not null)
        {
            lines.RemoveAt(first);
        }
    }

    // "June 2015: President Sall's visit" is a dated bullet, not a heading.
    [GeneratedRegex(@"^\p{L}+\.? \d{4}\s?:")]
    private static partial Regex DatedLine();

    // "U.S. Assistance" is a heading; "It grew. Trade fell" is prose.
    [GeneratedRegex(@"\p{Ll}{2,}[.!?]\s")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^\s*(?:[•·▪◦*–-]\s|\d+[.)]\s)")]
    private static partial Regex BulletStart();
}
