namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>The publishRevision mutation's input.</summary>
public sealed class PublishRevisionInput
{
    public string Country { get; init; } = "";

    public string? Publisher { get; init; }

    public string? Language { get; init; }

    public DateOnly PublishedOn { get; init; }

    public List<SectionInput> Sections { get; init; } = [];

    public string? Source { get; init; }

    public string? SourceSha256 { get; init; }

    public string RecordedBy { get; init; } = "";

    public string? Note { get; init; }

    public string? ExpectedLatestRevision { get; init; }
}
