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

    /// <summary>Most non-empty lines a page may have: real profile pages have a few hundred.</summary>
    public const int MaxLines = 20_000;

    /// <summary>
    /// Assembles <paramref name="lines"/> with <paramref name="conventions"/> when the publisher is known, else trying
    /// every publisher of <paramref name="publishers"/> (default: the shipped registry); refuses a page with no text at all.
    /// </summary>
    public static ParsedPage Assemble(IReadOnlyList<PageLine> lines, PublisherConventions? conventions = null, IReadOnlyList<PublisherConventions>? publishers = null)
    {
        // The known publisher's layout first; the others' titles and chrome still count (a reposted page, a test publisher).
        var all = publishers ?? KnownConventions.All;
        IReadOnlyList<PublisherConventions> candidates = conventions is null ? all : [conventions, .. all.Where(c => c.PublisherCode != conventions.PublisherCode)];
        var matched = conventions;
        string? title = null;
        string? countryName = null;
        string? leadCountryName = null;
        string? publisherMark = null;
        StatedDate? publishedOn = null;
        var footer = false;
        var contentBegun = false;
        var proseBegun = false;
        var kept = new List<PageLine>();
        // No profile page has more lines of text than this; past it the page is refused before any per-line work.
        if (lines.Count(l => l.Text.Length > 0) > MaxLines)
        {
            throw new DomainException(ErrorCodes.DocumentTooLarge, $"The document has more than {MaxLines} lines of text; no profile page has.");
        }

        var split = SplitGluedHeadings(lines).ToList();
        PageChrome.DropBreadcrumbTrail(split);
        foreach (var line in split)
        {
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                kept.Add(line);
                continue;
            }

            // A date alone on a line ("March 2009") is the page's date only above its prose.
            if (PageDates.TryRead(text, atTop: !proseBegun) is { } date)
            {
                publishedOn ??= date;
                continue;
            }

            // Folded once for every publisher's rules: a page's lines meet each registered publisher's chrome.
            var folded = TextFolding.Fold(text);
            footer = footer || (contentBegun && candidates.Any(c => c.IsFooterStart(folded)));
            if (footer || IsChrome(candidates, folded, kept, ref leadCountryName, ref publisherMark) || PageChrome.Is(text, folded))
            {
                continue;
            }

            // A title is above the prose; below it, a line like one is text.
            if (title is null && !proseBegun && TitleOwner(candidates, text, out var named) is { } owner)
            {
                countryName = named;
                title = text;
                matched ??= owner;
                continue;
            }

            kept.Add(line);
            contentBegun = true;
            proseBegun = proseBegun || Words(text) > 12 || ".!?".Contains(text[^1], StringComparison.Ordinal);
        }

        DropBreadcrumb(kept);
        DropRepeatedLines(kept);
        var language = LanguageGuess.Reading.Of(string.Join(' ', kept.Select(l => l.Text)));
        var (sections, unknown, topTitle) = BuildSections(kept, title, language.Language);
        if (sections.Count == 0)
        {
            throw new DomainException(ErrorCodes.NoSections, "The document has no text besides page chrome, titles and dates.");
        }

        return new ParsedPage(matched?.PublisherCode, language.Language, title ?? topTitle, countryName, publishedOn?.Date, sections, unknown)
        {
            LeadCountryName = leadCountryName,
            PublisherMark = publisherMark,
            LanguageIsClear = language.Clear,
            DatePrecision = publishedOn?.Precision ?? Dates.DatePrecision.Day,
        };
    }

    private static bool IsChrome(
        IReadOnlyList<PublisherConventions> candidates, string folded, List<PageLine> kept, ref string? leadCountryName, ref string? publisherMark)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Chrome(folded) is not { } chrome)
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

    private static (List<SectionDraft> Sections, List<string> Unknown, string? TopTitle) BuildSections(List<PageLine> lines, string? introductionHeading, string language)
    {
        var roles = Roles(lines);
        var sections = new List<SectionDraft>();
        var unknown = new List<string>();
        var headed = false;
        var bodyHasText = false;
        string? topTitle = null;
        string? heading = null;
        var body = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            // Kept as a flag, not recounted: a page may open with tens of thousands of empty lines.
            var atTop = sections.Count == 0 && heading is null && !bodyHasText;
            if (ReferenceEquals(lines[i], PageLine.TeaserEnd))
            {
                // What came before a "read more" at the top of a page was a news teaser, not the profile.
                if (sections.Count == 0)
                {
                    heading = null;
                    body.Clear();
                    bodyHasText = false;
                }

                continue;
            }

            var text = lines[i].Text.Trim();
            if (roles[i] == Role.Parent && atTop)
            {
                topTitle ??= introductionHeading is null ? text : null;
                continue;
            }

            // A heading-like line right above a heading further down, that no topic knows or that ends in a
            // parenthesis, is a link ("Treaty database", "Trade promotion (Switzerland Global Enterprise)").
            if (roles[i] == Role.Parent && (TopicVocabulary.Classify(text) is null || text.EndsWith(')')))
            {
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
            bodyHasText = bodyHasText || body[^1].Length > 0;
        }

        Flush();
        if (sections.Count == 1 && !headed)
        {
            return (ByTheme(sections[0], language), unknown, topTitle);
        }

        return (sections, unknown, topTitle);

        void Flush()
        {
            var text = JoinBody(body);
            body.Clear();
            bodyHasText = false;
            if (text.Length == 0)
            {
                return;
            }

            // Text before the first heading: headed by the page's title, or left for the importer to head once it
            // knows the country (an empty heading), and about relations unless its words say otherwise.
            var sectionHeading = heading ?? introductionHeading ?? topTitle ?? "";
            headed = headed || heading is not null;
            var topic = TopicVocabulary.Classify(sectionHeading)
                ?? TopicVocabulary.ClassifyBody(text, language)
                ?? (heading is null ? Topic.Political : Topic.Other);
            sections.Add(new SectionDraft(sectionHeading, text, topic));
        }
    }

    // A page with no headings at all (recent German pages, embassy pages) is one paragraph per theme: where a
    // paragraph's words plainly name another topic than the text before it, a section starts there, under the same heading.
    private static List<SectionDraft> ByTheme(SectionDraft page, string language)
    {
        var paragraphs = page.Body.Split("\n\n");
        var sections = new List<SectionDraft>();
        var current = new List<string>();
        var topic = page.Topic;
        foreach (var paragraph in paragraphs)
        {
            if (TopicVocabulary.ClassifyBody(paragraph, language) is { } theme && theme != topic && current.Count > 0)
            {
                sections.Add(page with { Body = string.Join("\n\n", current), Topic = topic });
                current.Clear();
                topic = theme;
            }

            current.Add(paragraph);
        }

        sections.Add(page with { Body = string.Join("\n\n", current), Topic = topic });
        return sections;
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

        if (HeadingShape(text) is { } shaped)
        {
            return shaped;
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

    // Headings in shapes the plain rules refuse: "1. Politics", a fact-box label "Trade with Japan (2018):", an upper-case
    // bullet "• RELATIONS VIETNAM - NEW ZEALAND:"; and one that is never a heading: a flattened table's header ("YearName").
    // Null: the plain rules decide.
    private static bool? HeadingShape(string text)
    {
        if (TableHeader().IsMatch(text))
        {
            return false;
        }

        if (NumberedHeading().Match(text) is { Success: true } numbered)
        {
            var rest = numbered.Groups["rest"].Value;
            return LooksLikeHeading(rest) && Words(rest) <= 6 && TopicVocabulary.Classify(rest) is not null ? true : null;
        }

        if (UpperBullet().Match(text) is { Success: true } bullet)
        {
            return bullet.Groups["rest"].Value.Count(char.IsLetter) >= 4 && Words(bullet.Groups["rest"].Value) <= 10;
        }

        if (text.EndsWith(':') && text.Length > 3)
        {
            var label = text[..^1].TrimEnd();
            return LooksLikeHeading(label) && Words(label) <= 8 && (TopicVocabulary.Classify(label) is not null || label.All(c => !char.IsLower(c))) ? true : null;
        }

        return null;
    }

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

    // A lone country name among the short lines above the prose is the site's breadcrumb or a caption, not content.
    private static void DropBreadcrumb(List<PageLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0 || ReferenceEquals(lines[i], PageLine.TeaserEnd))
            {
                continue;
            }

            if (CountryCatalog.Default.Find(text) is not null)
            {
                lines.RemoveAt(i);
                return;
            }

            if (!LooksLikeHeading(text) || Words(text) > 12)
            {
                return;
            }
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

    [GeneratedRegex(@"^\d{1,2}\.\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^[•·▪◦*–-]\s*(?<rest>[^\p{Ll}]+?)\s*:?$")]
    private static partial Regex UpperBullet();

    // Column names glued by extraction: "YearName", "DateVisitorPurpose".
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+){2,5}$")]
    private static partial Regex TableHeader();

    // A lower-case letter directly followed by a capitalised word.
    [GeneratedRegex(@"\p{Ll}(?=\p{Lu}\p{Ll})")]
    private static partial Regex Join();
}
