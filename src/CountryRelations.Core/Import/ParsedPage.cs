using CountryRelations.History;

namespace CountryRelations.Import;

/// <summary>What a page reader found in a document, before anything is stored.</summary>
/// <param name="PublisherCode">The publisher whose title pattern the page matched, if any.</param>
/// <param name="Language">The page's language as guessed from its words (en or fr).</param>
/// <param name="Title">The page's title line, if it had one (e.g. "France and North Korea").</param>
/// <param name="CountryName">The subject country as named by the title, if any.</param>
/// <param name="PublishedOn">The page's own date ("Updated: 23/03/2016"), if it states one.</param>
/// <param name="Sections">The headed sections, in page order.</param>
/// <param name="UnknownHeadings">Headings the topic vocabulary did not know (stored with topic OTHER).</param>
public sealed record ParsedPage(
    string? PublisherCode,
    string Language,
    string? Title,
    string? CountryName,
    DateOnly? PublishedOn,
    IReadOnlyList<SectionDraft> Sections,
    IReadOnlyList<string> UnknownHeadings);
