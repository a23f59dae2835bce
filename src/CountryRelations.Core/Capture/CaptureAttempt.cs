namespace CountryRelations.Capture;

/// <summary>One attempt to capture a source, logged whatever happened; append-only.</summary>
public sealed record CaptureAttempt
{
    public long Id { get; init; }

    public long SourceId { get; init; }

    /// <summary>When the attempt started.</summary>
    public DateTime AttemptedAt { get; init; }

    /// <summary>What started it: SCHEDULE, NOW (an editor), BACKFILL (a web archive), WARC.</summary>
    public required string Trigger { get; init; }

    /// <summary>The address finally fetched, after redirects (or the archive capture's address).</summary>
    public required string Url { get; init; }

    public int? HttpStatus { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Bytes of the body read.</summary>
    public long? Bytes { get; init; }

    /// <summary>SHA-256 of the body.</summary>
    public string? Sha256 { get; init; }

    /// <summary>How long the fetch took.</summary>
    public double DurationMs { get; init; }

    public CaptureOutcome Outcome { get; init; }

    /// <summary>The importer's code for a refusal.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>A sentence for people: why it failed, what was found.</summary>
    public string? Reason { get; init; }

    /// <summary>The revision created, or found already stored.</summary>
    public long? RevisionId { get; init; }

    /// <summary>For a web-archive capture, its 14-digit timestamp.</summary>
    public string? ArchiveTimestamp { get; init; }
}
