namespace CountryRelations.Api.AnswerCaching;

/// <summary>The in-memory cache of anonymous query answers (section <c>AnswerCache</c>).</summary>
public sealed record AnswerCacheOptions
{
    public const string Section = "AnswerCache";

    /// <summary>Bytes of answers (and their keys) kept, in MiB; 0 turns the cache off.</summary>
    public int Megabytes { get; init; } = 32;

    /// <summary>
    /// The longest an answer is kept. Revisions drop every kept answer as they are recorded, by any instance; this bounds
    /// what nothing announces: a publisher edited by another process, a date that moves with the clock.
    /// </summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Bytes of answers that can never change, in MiB, kept apart from the others: nothing drops them but this bound
    /// (least recently used go first); 0 keeps none there.
    /// </summary>
    public int PinnedMegabytes { get; init; } = 16;

    /// <summary>An answer larger than this is not kept (bytes).</summary>
    public int MaxAnswerBytes { get; init; } = 512 * 1024;
}
