using CountryRelations.History;
using CountryRelations.Topics;

namespace CountryRelations.Import;

/// <summary>What a page reader found in a document, before anything is stored.</summary>
/// <param name="PublisherCode">The publisher whose layout the page matched (its title), or whose layout it was read with.</param>
/// <param name="Language">The page's language as guessed from its words (any language with a vocabulary file).</param>
/// <param name="Title">The page's title line, if it had one (e.g. "France and North Korea").</param>
/// <param name="CountryName">The subject country as named by the title, if any.</param>
/// <param name="PublishedOn">The page's own date ("Updated: 23/03/2016"), if it states one.</param>
/// <param name="Sections">The headed sections, in page order.</param>
/// <param name="UnknownHeadings">Headings the topic vocabulary did not know (topic from the body's words, else OTHER).</param>
public sealed record ParsedPage(
    string? PublisherCode,
    string Language,
    string? Title,
    string? CountryName,
    DateOnly? PublishedOn,
    IReadOnlyList<SectionDraft> Sections,
    IReadOnlyList<string> UnknownHeadings)
{
    /// <summary>The country named by a lead line that is not content ("More information about Laos is available…").</summary>
    public string? LeadCountryName { get; init; }

    /// <summary>True when the page's words name its language plainly (enough of them, well ahead of any other language's).</summary>
    public bool LanguageIsClear { get; init; }

    /// <summary>How precisely the page states its date (<c>Stand: Oktober 2017</c> is month-precise).</summary>
    public Dates.DatePrecision DatePrecision { get; init; }

    /// <summary>The publisher named by a credit line of a reposted page ("FROM: U.S. STATE DEPARTMENT").</summary>
    public string? PublisherMark { get; init; }

    /// <summary>True when the text before the first heading had no title to head it (its heading is empty).</summary>
    public bool UntitledIntroduction => Sections.Count > 0 && Sections[0].Heading.Length == 0;

    /// <summary>The page with its untitled introduction (and, on a page without headings, each theme's section) headed <paramref name="heading"/>.</summary>
    public ParsedPage WithIntroductionHeading(string heading) =>
        UntitledIntroduction
            ? this with
            {
                Sections = Sections.Select((s, i) => s.Heading.Length > 0 ? s
                    : s with { Heading = heading, Topic = i == 0 ? TopicVocabulary.Classify(heading) ?? s.Topic : s.Topic }).ToList(),
            }
            : this;
}
