using CountryRelations.Profiles;
using CountryRelations.Dates;
using NpgsqlTypes;

namespace CountryRelations.Revisions;

/// <summary>
/// One stored version of a profile. Valid time starts at <see cref="EffectiveFrom"/> and lasts until the
/// next revision of the profile takes effect; system time is <see cref="SystemPeriod"/>, closed only when a
/// correction supersedes the row. Rows are never updated otherwise, nor deleted: the database refuses it.
/// </summary>
public sealed class Revision
{
    public long Id { get; init; }

    public long ProfileId { get; init; }

    private Profile _profile = null!;

    /// <summary>The profile, with its publisher and country.</summary>
    public Profile Profile { get => _profile; init => _profile = value; }

    /// <summary>1, 2, 3… in the order this database recorded the profile's rows.</summary>
    public int Sequence { get; init; }

    public RevisionKind Kind { get; init; }

    /// <summary>The date the page states ("Updated: 23/03/2016").</summary>
    public DateOnly PublishedOn { get; init; }

    /// <summary>How much of <see cref="PublishedOn"/> the page stated: a month-precise "Stand: Oktober 2017" is stored as 2017-10-01.</summary>
    public DatePrecision DatePrecision { get; init; }

    /// <summary>First day this content was in force; the stated date, or the capture date of a silent edit.</summary>
    public DateOnly EffectiveFrom { get; init; }

    private NpgsqlRange<DateTime> _systemPeriod;

    /// <summary>[recorded, superseded) in database time; set by the database.</summary>
    public NpgsqlRange<DateTime> SystemPeriod { get => _systemPeriod; init => _systemPeriod = value; }

    /// <summary>For a correction: the row it supersedes.</summary>
    public long? CorrectsRevisionId { get; init; }

    /// <summary>Where the source document was read from.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the source document as received.</summary>
    public string? SourceSha256 { get; init; }

    /// <summary>Who recorded the revision.</summary>
    public required string RecordedBy { get; init; }

    /// <summary>Free text on why the revision was recorded.</summary>
    public string? ChangeNote { get; init; }

    /// <summary>SHA-256 of the canonical content (<see cref="Integrity.CanonicalRevision"/>), which includes <see cref="PreviousSha256"/>.</summary>
    public string? ContentSha256 { get; internal set; }

    /// <summary>The content hash of the profile's previous revision (by sequence); null for the first.</summary>
    public string? PreviousSha256 { get; internal set; }

    /// <summary>
    /// SHA-256 sealing what the content hash leaves out: the recorded-at instant, the period a correction closes, and
    /// the previous row's seal (<see cref="Integrity.RecordSeal"/>). Null for rows recorded before seals existed.
    /// </summary>
    public string? SealSha256 { get; internal set; }

    /// <summary>
    /// The hash that stands for this row in its profile's chain: the next row's seal covers it, checkpoints and kept
    /// heads sign it. The seal, or the content hash of a row recorded before seals existed.
    /// </summary>
    public string? ChainHash => SealSha256 ?? ContentSha256;

    public List<Section> Sections { get; init; } = [];

    /// <summary>
    /// This row with <paramref name="period"/> as its system period, the one column a correction changes after the
    /// row was recorded: a copy kept in memory is refreshed with it instead of being read again. Sections are shared.
    /// </summary>
    public Revision WithSystemPeriod(NpgsqlRange<DateTime> period)
    {
        if (period == _systemPeriod)
        {
            return this;
        }

        var copy = (Revision)MemberwiseClone();
        copy._systemPeriod = period;
        return copy;
    }

    /// <summary>Gives a row read on its own its profile: the row loader reads the profiles after the rows.</summary>
    internal void AttachProfile(Profile profile) => _profile = profile;

    /// <summary>When this database learnt of the row.</summary>
    public DateTime RecordedAt => SystemPeriod.LowerBound;

    /// <summary>When a correction superseded the row; null while it is current.</summary>
    public DateTime? SupersededAt => SystemPeriod.UpperBoundInfinite ? null : SystemPeriod.UpperBound;
}
