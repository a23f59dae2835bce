using CountryRelations.Import;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>The importDocument mutation's input.</summary>
public sealed class ImportDocumentInput
{
    public string Content { get; init; } = "";

    public DocumentFormat Format { get; init; } = DocumentFormat.Auto;

    public string? Publisher { get; init; }

    public string? Language { get; init; }

    public string? Country { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public DateOnly? CapturedOn { get; init; }

    public string? Source { get; init; }

    public bool Correction { get; init; }

    public bool DryRun { get; init; }

    public string RecordedBy { get; init; } = "";
}
