using CountryRelations.Identification;
using CountryRelations.Revisions;

namespace CountryRelations.Import;

/// <summary>The report on one imported document.</summary>
/// <param name="Name">The document's name.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="ErrorCode">For a refusal, the error code.</param>
/// <param name="Page">What the reader found (null when the document could not be read).</param>
/// <param name="Revision">The revision created, corrected into, or found already stored.</param>
/// <param name="Profile">publisher/country/language, when known.</param>
public sealed record ImportResult(
    string Name,
    ImportOutcome Outcome,
    string Message,
    string? ErrorCode = null,
    ParsedPage? Page = null,
    Revision? Revision = null,
    string? Profile = null)
{
    /// <summary>Which profile and date the page was placed at, and where each fact came from.</summary>
    public PageIdentity? Identity { get; init; }

    /// <summary>What blocks (or in a dry run would block) storing the page, with the codes a real import refuses with.</summary>
    public IReadOnlyList<ImportWarning> Warnings { get; init; } = [];

    /// <summary>For a page from a host no publisher claims: the publisher to register for it (name from the page, government from the host).</summary>
    public Publishers.PublisherDefinition? SuggestedPublisher { get; init; }

    /// <summary>For a dry run: what a real import would do (null when a warning blocks it).</summary>
    public ImportOutcome? WouldBe { get; init; }
}
