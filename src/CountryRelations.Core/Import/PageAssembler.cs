using System.Text;
using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Topics;

namespace CountryRelations.Import;

/// <summary>
/// Turns a page's lines into sections: drops chrome, news teasers and footers, takes the title and date lines
/// aside, decides which lines are headings (the markup's word when there is one, else the layout and the topic
/// vocabulary), and joins the rest into bodies, paragraphs separated by a blank line, bullets kept as written.
/// Text before the first heading is a section too (headed by the title), so prose without headings is kept.
/// </summary>
public static partial class PageAssembler
{
    private enum Role
    {
        Blank,
        Body,
        Heading,

        // A heading-like line right above another heading: a page title or breadcrumb at the top.
        Parent,
    }

    /// <summary>Assembles <paramref name="lines"/>; refuses a page with no text at all.</summary>
    public static ParsedPage Assemble(IReadOnlyList<PageLine> lines, PublisherConventions? conventions = null)
    {
        var candidates = conventions is null ? KnownConventions.All : [conventions];
        var matched = conventions;
        string? title = null;
        string? countryName = null;
        string? leadCountryName = null;
        string? publisherMark = null;
        DateOnly? publishedOn = null;
        var footer = false;
        var contentBegun = false;
        var kept = new List<PageLine>();
        foreach (var line in SplitGluedHeadings(lines))
        {
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                kept.Add(line);
                continue;
            }

            if (PageDates.TryRead(text) is { } date)
            {
                publishedOn ??= date;
                continue;
            }

            footer = footer || (contentBegun && candidates.Any(c => c.IsFooterStart(text)));
            if (footer || IsChrome(candidates, text, kept, ref leadCountryName, ref publisherMark))
            {
                continue;
            }

            if (title is null && TitleOwner(candidates, text, out var named) is { } owner)
            {
                countryName = named;
                title = text;
                matched ??= owner;
                continue;
            }

            kept.Add(line);
            contentBegun = true;
        }

        DropBreadcrumb(kept);
        DropRepeatedLines(kept);
        var layout = matched ?? candidates[0];
        var (sections, unknown, topTitle) = BuildSections(kept, layout.IntroductionHeading(title));
        if (sections.Count == 0)
        {
            throw new DomainException(ErrorCodes.NoSections, "The document has no text besides page chrome, titles and dates.");
        }

        var language = LanguageGuess.Of(string.Join(' ', sections.Select(s => s.Heading + " " + s.Body)));
        return new ParsedPage(matched?.PublisherCode, language, title ?? topTitle, countryName, publishedOn, sections, unknown)
        {
            LeadCountryName = leadCountryName,
            PublisherMark = publisherMark,
        };
    }

    private static bool IsChrome(
        IReadOnlyList<PublisherConventions> candidates, string text, List<PageLine> kept, ref string? leadCountryName, ref string? publisherMark)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Chrome(text) is not { } chrome)
            {
                continue;
            }

            leadCountryName ??= chrome.CountryName;
            if (chrome.NamesPublisher)
            {
                publisherMark ??= candidate.PublisherCode;
            }

            if (chrome.EndsTeaser)
            {
                kept.Add(PageLine.TeaserEnd);
            }

            return true;
        }

        return false;
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

    private static (List<SectionDraft> Sections, List<string> Unknown, string? TopTitle) BuildSections(List<PageLine> lines, string? introductionHeading)
    {
        var roles = Roles(lines);
        var sections = new List<SectionDraft>();
        var unknown = new List<string>();
        string? topTitle = null;
        string? heading = null;
        var body = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var atTop = sections.Count == 0 && heading is null && body.All(l => l.Length == 0);
            if (ReferenceEquals(lines[i], PageLine.TeaserEnd))
            {
                // What came before a "read more" at the top of a page was a news teaser, not the profile.
                if (sections.Count == 0)
                {
                    heading = null;
                    body.Clear();
                }

                continue;
            }

            var text = lines[i].Text.Trim();
            if (roles[i] == Role.Parent && atTop)
            {
                topTitle ??= introductionHeading is null ? text : null;
                continue;
            }

            if (roles[i] == Role.Heading)
            {
                Flush();
                heading = text;
                if (TopicVocabulary.Classify(text) is null)
                {
                    unknown.Add(heading);
                }

                continue;
            }

            body.Add(lines[i].Text.TrimEnd());
        }

        Flush();
        return (sections, unknown, topTitle);

        void Flush()
        {
            var text = JoinBody(body);
            body.Clear();
            if (text.Length == 0)
            {
                return;
            }

            // Text before the first heading: headed by the page's title, or left for the importer to head once it
            // knows the country (an empty heading), and about relations unless its words say otherwise.
            var sectionHeading = heading ?? introductionHeading ?? topTitle ?? "";
            var topic = TopicVocabulary.Classify(sectionHeading)
                ?? TopicVocabulary.ClassifyBody(text)
                ?? (heading is null ? Topic.Political : Topic.Other);
            sections.Add(new SectionDraft(sectionHeading, text, topic));
        }
    }

    // Decided from the last line up, so that each line's role depends only on the line after it: a heading-like
    // line above body text is a heading, above a heading it is a parent, at the very end (a page cut off) it is text.
    private static Role[] Roles(List<PageLine> lines)
    {
        var roles = new Role[lines.Count];
        var next = Role.Blank;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Text.Trim().Length == 0 || ReferenceEquals(lines[i], PageLine.TeaserEnd))
            {
                roles[i] = Role.Blank;
                continue;
            }

            roles[i] = !IsHeadingCandidate(lines, i) ? Role.Body
                : next == Role.Body ? Role.Heading
                : next is Role.Heading or Role.Parent ? Role.Parent
                : Role.Body;
            next = roles[i];
        }

        return roles;
    }

    private static bool IsHeadingCandidate(List<PageLine> lines, int index)
    {
        var line = lines[index];
        var text = line.Text.Trim();
        if (line.IsHeading is { } marked)
        {
            return marked;
        }

        if (!LooksLikeHeading(text))
        {
            return false;
        }

        if (TopicVocabulary.Classify(text) is not null && Words(text) <= 9)
        {
            return true;
        }

        // An unknown heading is only trusted when the layout sets it apart: blank line before and after.
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
        && !line.Contains(" : ", StringComparison.Ordinal)
        && !DatedLine().IsMatch(line)
        && !BulletStart().IsMatch(line);

    // Extraction sometimes loses the break after a heading: "U.S. Assistance to CambodiaCambodia is at peace…".
    // A known heading glued to a capitalised word is split off.
    private static IEnumerable<PageLine> SplitGluedHeadings(IReadOnlyList<PageLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.IsHeading is null && GluedHeading(line.Text) is { } at)
            {
                yield return new PageLine(line.Text[..at]);
                yield return new PageLine(line.Text[at..], false);
                continue;
            }

            yield return line;
        }
    }

    private static int? GluedHeading(string text)
    {
        foreach (Match join in Join().Matches(text.Length > 101 ? text[..101] : text))
        {
            var heading = text[..(join.Index + 1)];
            if (TopicVocabulary.Classify(heading) is not null && LooksLikeHeading(heading) && Words(heading) <= 9)
            {
                return join.Index + 1;
            }
        }

        return null;
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
        var first = lines.FindIndex(l => l.Text.Length > 0 && !ReferenceEquals(l, PageLine.TeaserEnd));
        if (first >= 0 && CountryCatalog.Default.Find(lines[first].Text) is not null)
        {
            lines.RemoveAt(first);
        }
    }

    // Breadcrumb, page title and first heading are often the same words ("Political relations" three times):
    // a short line repeating the line above it says nothing new.
    private static void DropRepeatedLines(List<PageLine> lines)
    {
        string? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length == 0)
            {
                continue;
            }

            var folded = TextFolding.Fold(lines[i].Text);
            if (folded == previous && LooksLikeHeading(lines[i].Text.Trim()))
            {
                lines.RemoveAt(i--);
                continue;
            }

            previous = folded;
        }
    }

    // "June 2015: President Sall's visit" is a dated bullet, not a heading.
    [GeneratedRegex(@"^\p{L}+\.? \d{4}\s?:")]
    private static partial Regex DatedLine();

    // "U.S. Assistance" is a heading; "It grew. Trade fell" is prose, and so is a French "Label : value" line.
    [GeneratedRegex(@"\p{Ll}{2,}[.!?]\s")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^\s*(?:[•·▪◦*–-]\s|\d+[.)]\s)")]
    private static partial Regex BulletStart();

    // A lower-case letter directly followed by a capitalised word.
    [GeneratedRegex(@"\p{Ll}(?=\p{Lu}\p{Ll})")]
    private static partial Regex Join();
}
