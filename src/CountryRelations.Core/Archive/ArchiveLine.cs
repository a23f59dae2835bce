using System.Text.Json.Serialization;

namespace CountryRelations.Archive;

/// <summary>One line of a history archive (JSON Lines): the archive is read and written a line at a time.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ArchiveHeader), "header")]
[JsonDerivedType(typeof(ArchivedPublisher), "publisher")]
[JsonDerivedType(typeof(ArchivedProfile), "profile")]
[JsonDerivedType(typeof(ArchivedRevision), "revision")]
[JsonDerivedType(typeof(ArchivedCheckpoint), "checkpoint")]
[JsonDerivedType(typeof(ChainHead), "head")]
[JsonDerivedType(typeof(ArchiveTrailer), "trailer")]
public abstract record ArchiveLine;

/// <summary>The first line: the format, when, and the markers that date the hash chain and the seals.</summary>
public sealed record ArchiveHeader(string Format, DateTime ExportedAt, IReadOnlyDictionary<string, DateTime> Backfills, string CheckpointPublicKey) : ArchiveLine;

/// <summary>A publisher with its registry facts (archives written before the registry carry only code, name and website).</summary>
public sealed record ArchivedPublisher(
    int Id, string Code, string Name, string? Website, string? Government = null, IReadOnlyList<string>? Hosts = null, IReadOnlyList<string>? Languages = null) : ArchiveLine;

public sealed record ArchivedProfile(long Id, string Publisher, string Country, string Language, DateTime CreatedAt) : ArchiveLine;

/// <summary>A revision row exactly as stored, system period and hashes included, with its sections.</summary>
public sealed record ArchivedRevision(
    long Id,
    long ProfileId,
    int Sequence,
    string Kind,
    DateOnly PublishedOn,
    DateOnly EffectiveFrom,
    DateTime RecordedAt,
    DateTime? SupersededAt,
    long? CorrectsRevisionId,
    string? SourceUrl,
    string? SourceSha256,
    string RecordedBy,
    string? ChangeNote,
    string? ContentSha256,
    string? PreviousSha256,
    string? SealSha256,
    IReadOnlyList<ArchivedSection> Sections,
    string? DatePrecision = null) : ArchiveLine;

public sealed record ArchivedSection(long Id, int Position, string Topic, string Heading, string Body);

public sealed record ArchivedCheckpoint(long Id, long ProfileId, int Sequence, string HeadSeal, DateTime SignedAt, string KeyId, string Signature) : ArchiveLine;

/// <summary>The last line: how many lines (before it) and of each kind, and the SHA-256 of every byte before it.</summary>
public sealed record ArchiveTrailer(long Lines, int Publishers, int Profiles, int Revisions, int Checkpoints, int Heads, string Sha256) : ArchiveLine;

/// <summary>A profile's chain head when the archive was written: what <c>verify --heads</c> checks later.</summary>
public sealed record ChainHead(string Publisher, string Country, string Language, int Sequence, string? HeadSha256) : ArchiveLine;
