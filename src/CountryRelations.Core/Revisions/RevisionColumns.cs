namespace CountryRelations.Revisions;

/// <summary>
/// The columns of <c>revisions</c>, named once: EF Core's mapping (<see cref="RevisionConfiguration"/>), the raw
/// loader's SELECT and the archive's COPY all spell them from here, in <see cref="List"/>'s order. A new column is
/// added here first; a test checks EF Core's model has exactly these.
/// </summary>
public static class RevisionColumns
{
    public const string Id = "id";
    public const string ProfileId = "profile_id";
    public const string Sequence = "sequence";
    public const string Kind = "kind";
    public const string PublishedOn = "published_on";
    public const string EffectiveFrom = "effective_from";
    public const string SystemPeriod = "system_period";
    public const string CorrectsRevisionId = "corrects_revision_id";
    public const string SourceUrl = "source_url";
    public const string SourceSha256 = "source_sha256";
    public const string RecordedBy = "recorded_by";
    public const string ChangeNote = "change_note";
    public const string ContentSha256 = "content_sha256";
    public const string PreviousSha256 = "previous_sha256";
    public const string SealSha256 = "seal_sha256";
    public const string DatePrecision = "date_precision";

    /// <summary>Every column, in the order raw reads and COPY use (readers take them by this ordinal).</summary>
    public const string List =
        $"{Id}, {ProfileId}, {Sequence}, {Kind}, {PublishedOn}, {EffectiveFrom}, {SystemPeriod}, {CorrectsRevisionId}, {SourceUrl}, " +
        $"{SourceSha256}, {RecordedBy}, {ChangeNote}, {ContentSha256}, {PreviousSha256}, {SealSha256}, {DatePrecision}";
}
