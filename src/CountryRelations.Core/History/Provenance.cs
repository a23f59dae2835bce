namespace CountryRelations.History;

/// <summary>Who recorded a revision, from where, and why.</summary>
/// <param name="RecordedBy">The person or process that recorded it.</param>
/// <param name="SourceUrl">Where the document was read.</param>
/// <param name="SourceSha256">SHA-256 of the source document, lower-case hex.</param>
/// <param name="Note">Why it was recorded.</param>
public sealed record Provenance(string RecordedBy, string? SourceUrl = null, string? SourceSha256 = null, string? Note = null);
