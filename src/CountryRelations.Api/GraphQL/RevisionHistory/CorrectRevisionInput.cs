namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>The correctRevision mutation's input.</summary>
public sealed class CorrectRevisionInput
{
    public string Revision { get; init; } = "";

    public List<SectionInput> Sections { get; init; } = [];

    public DateOnly? PublishedOn { get; init; }

    public string? Source { get; init; }

    public string? SourceSha256 { get; init; }

    public string RecordedBy { get; init; } = "";

    public string Note { get; init; } = "";
}
