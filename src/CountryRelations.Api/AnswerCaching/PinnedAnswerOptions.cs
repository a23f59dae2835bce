namespace CountryRelations.Api.AnswerCaching;

/// <summary>How answers pinned in the past are offered to caches (section <c>PinnedAnswers</c>).</summary>
public sealed record PinnedAnswerOptions
{
    public const string Section = "PinnedAnswers";

    /// <summary>
    /// How long before now a <c>knownAt</c> must be for the history known at it to be final. A row's system time is
    /// its transaction's start, so a write still open when a request arrives could yet add rows known at an instant
    /// already past; every writer this product runs commits within seconds (one page, one request, one capture per
    /// transaction), so an hour leaves a wide margin.
    /// </summary>
    public TimeSpan SettledAfter { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The <c>max-age</c> of a pinned answer. Its data never change, but a release may render the same data
    /// differently (a better word diff); this bounds how long a cache may serve an older rendering.
    /// </summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(30);
}
