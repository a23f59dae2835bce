namespace CountryRelations.Capture;

/// <summary>
/// A page address watched for changes: fetched every <see cref="EverySeconds"/>, politely, each attempt logged. The
/// profile it feeds is what the importer infers from the address and the page (as <c>importDocument</c> does), unless
/// the hints say otherwise. Operational state (when next, validators, the backfill cursor) is the one part of the
/// store that changes in place; the capture log and the history stay append-only.
/// </summary>
public sealed class Source
{
    public long Id { get; init; }

    /// <summary>The address as given (http or https).</summary>
    public required string Url { get; init; }

    /// <summary>Publisher code, when given rather than inferred.</summary>
    public string? Publisher { get; set; }

    /// <summary>Subject country, when given rather than inferred.</summary>
    public string? Country { get; set; }

    /// <summary>Language, when given rather than inferred.</summary>
    public string? Language { get; set; }

    /// <summary>How often the page is checked, in seconds.</summary>
    public long EverySeconds { get; set; } = (long)TimeSpan.FromDays(1).TotalSeconds;

    /// <summary>Whether the page is checked on schedule; a removed source is disabled, its log kept.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When the page is next due (or, while claimed, when the claim lapses).</summary>
    public DateTime NextCheckAt { get; set; }

    /// <summary>The last response's <c>ETag</c>, for a conditional GET.</summary>
    public string? ETag { get; set; }

    /// <summary>The last response's <c>Last-Modified</c>, for a conditional GET.</summary>
    public string? LastModified { get; set; }

    /// <summary>SHA-256 of the last body fetched: the same bytes again are unchanged without parsing.</summary>
    public string? LastSha256 { get; set; }

    /// <summary>The last web-archive capture imported by a backfill (its 14-digit timestamp): a rerun continues after it.</summary>
    public string? BackfillCursor { get; set; }

    public DateTime CreatedAt { get; init; }
}
