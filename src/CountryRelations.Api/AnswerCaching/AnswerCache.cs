using CountryRelations.Api.Subscriptions;
using CountryRelations.Api.Transport;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace CountryRelations.Api.AnswerCaching;

/// <summary>
/// Answers to hot queries kept in memory: the same document (or persisted document id), operation and variables, asked
/// anonymously with the same Accept, is answered with the bytes computed the first time — no turn taken, no validation,
/// no execution, no database. Bounded in bytes (least recently used go first). Every kept answer is dropped when any
/// instance records a revision (the LISTEN every instance keeps), when listening restarts, when this instance runs a
/// mutation, at the latest after <see cref="AnswerCacheOptions.MaxAge"/> and at midnight UTC (when "in force today"
/// moves). Only anonymous requests are served from it (a token's answers may depend on its role and are few), and not
/// a request that carries a write position (read-your-writes), nor before the first LISTEN is in place. An answer that
/// can never change (<see cref="PinnedAnswer"/>) is kept apart and outlives all of these: no revision, mutation or date
/// can make it untrue, so only the bound on bytes (<see cref="AnswerCacheOptions.PinnedMegabytes"/>) lets it go.
/// </summary>
public sealed class AnswerCache : IDisposable
{
    private readonly AnswerCacheOptions _options;
    private readonly RevisionFeed _feed;
    private readonly TimeProvider _time;
    private MemoryCache _answers;
    private readonly MemoryCache _pinned;

    public AnswerCache(AnswerCacheOptions options, RevisionFeed feed, TimeProvider time)
    {
        _options = options;
        _feed = feed;
        _time = time;
        _answers = NewCache(options.Megabytes);
        _pinned = NewCache(options.PinnedMegabytes);
        feed.Moved += Clear;
    }

    /// <summary>The generation of answers a request starts with: what it computes is kept there, so an answer computed
    /// across a write lands in a generation already dropped.</summary>
    public sealed class Generation(MemoryCache answers)
    {
        internal MemoryCache Answers { get; } = answers;
    }

    /// <summary>The key of <paramref name="request"/>'s answer, or null when it may not be served from or kept in the cache.</summary>
    public string? KeyOf(HttpRequest http, GraphQLRequest request, string mediaType, bool stream, IGraphQLTextSerializer serializer)
    {
        if (_options.Megabytes <= 0 || stream || !_feed.Listening.IsCompleted
            || http.Headers.ContainsKey(HeaderNames.Authorization)
            || http.Headers.ContainsKey(ReadYourWrites.Header) || http.Cookies.ContainsKey(ReadYourWrites.Cookie))
        {
            return null;
        }

        var variables = request.Variables is { Count: > 0 } given ? serializer.Serialize(given) : "";
        return string.Join('\n', mediaType, request.DocumentId ?? "", request.OperationName ?? "", request.Query ?? "", variables);
    }

    /// <summary>The answers now being kept.</summary>
    public Generation Current => new(Volatile.Read(ref _answers));

    /// <summary>The kept answer for <paramref name="key"/>, if any.</summary>
    public KeptAnswer? Find(string key) =>
        Volatile.Read(ref _answers).TryGetValue(key, out KeptAnswer? answer) || _pinned.TryGetValue(key, out answer) ? answer : null;

    /// <summary>
    /// Keeps a successful query's answer (with its operation's label, for the log, and whether it can never change,
    /// for its Cache-Control) in the generation it was computed in.
    /// </summary>
    public void Keep(Generation generation, string key, ReadOnlySpan<byte> answer, string? operation, bool pinned)
    {
        if (answer.Length > _options.MaxAnswerBytes || (pinned && _options.PinnedMegabytes <= 0))
        {
            return;
        }

        var entry = new MemoryCacheEntryOptions { Size = answer.Length + (key.Length * 2) };
        if (!pinned)
        {
            var now = _time.GetUtcNow();
            var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
            entry.AbsoluteExpiration = now + _options.MaxAge < midnight ? now + _options.MaxAge : midnight;
        }

        // An answer that can never change is kept apart, where no drop reaches it.
        (pinned ? _pinned : generation.Answers).Set(key, new KeptAnswer(answer.ToArray(), operation, pinned), entry);
    }

    /// <summary>Drops every kept answer.</summary>
    /// <remarks>
    /// The dropped generation is left to the garbage collector, not disposed: requests that began before the drop still
    /// hold it, and a disposed cache throws on their lookup or keep (the soak test saw those as 500s).
    /// </remarks>
    public void Clear() => Interlocked.Exchange(ref _answers, NewCache(_options.Megabytes));

    public void Dispose()
    {
        _feed.Moved -= Clear;
        _answers.Dispose();
        _pinned.Dispose();
    }

    private static MemoryCache NewCache(int megabytes) => new(new MemoryCacheOptions { SizeLimit = Math.Max(1, megabytes) * 1024L * 1024, CompactionPercentage = 0.25 });
}

/// <summary>A kept answer: its bytes, the label of the operation that computed it, and whether it can never change.</summary>
public sealed record KeptAnswer(byte[] Bytes, string? Operation, bool Pinned);
