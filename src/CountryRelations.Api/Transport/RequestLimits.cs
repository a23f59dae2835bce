namespace CountryRelations.Api.Transport;

/// <summary>
/// What one GraphQL request may cost (configuration section <c>Limits</c>). Each limit, when exceeded, refuses the
/// request with its own <c>extensions.code</c> before anything runs, except the timeout, which stops execution.
/// </summary>
public sealed record RequestLimits
{
    /// <summary>Largest request body in bytes (413 <c>REQUEST_TOO_LARGE</c>); room for an imported HTML page.</summary>
    public int MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Longest query document in characters (400 <c>QUERY_TOO_LONG</c>).</summary>
    public int MaxQueryLength { get; init; } = 20_000;

    /// <summary>Deepest field nesting (<c>DEPTH_LIMIT_EXCEEDED</c>); GraphiQL's introspection query needs 13.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>
    /// Highest complexity (<c>COMPLEXITY_LIMIT_EXCEEDED</c>): each field costs 1, a list multiplies its children by
    /// <c>first</c>/<c>last</c> (else by 5), so a page of 200 profiles with their sections and revision fits, and nesting
    /// large pages inside each other does not.
    /// </summary>
    public double MaxComplexity { get; init; } = 30_000;

    /// <summary>
    /// Most fields one operation selects once every fragment spread is expanded (<c>COMPLEXITY_LIMIT_EXCEEDED</c>),
    /// counted before validation so that documents that expand exponentially cost nothing to refuse.
    /// </summary>
    public int MaxFields { get; init; } = 2_000;

    /// <summary>Deepest nesting of the document's syntax (selections, values) the parser reads (<c>DEPTH_LIMIT_EXCEEDED</c>).</summary>
    public int MaxParserDepth { get; init; } = 64;

    /// <summary>Most errors one response lists; the rest are counted in a last error, so no response grows with its input.</summary>
    public int MaxErrors { get; init; } = 20;

    /// <summary>Most aliased fields in one document (<c>TOO_MANY_ALIASES</c>), against alias-based amplification.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>GraphQL requests handled at once; memory per request is bounded by the body limit.</summary>
    public int MaxConcurrentRequests { get; init; } = 16;

    /// <summary>Event streams (subscriptions) open at once; beyond them, 503 <c>SERVER_BUSY</c>.</summary>
    public int MaxEventStreams { get; init; } = 1_000;

    /// <summary>Requests waiting for a turn; beyond them, 503 <c>SERVER_BUSY</c>.</summary>
    public int MaxQueuedRequests { get; init; } = 64;

    /// <summary>
    /// Bytes of request bodies held at once across all requests (being read, waiting or running); a body that would
    /// go past it is refused with 503 <c>SERVER_BUSY</c>. Bodies are read before a request takes its turn, so a slow
    /// sender holds no turn, and this bounds the memory that many senders at once can take.
    /// </summary>
    public long MaxBufferedBodyBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Requests per second one anonymous client (an IPv4 address, an IPv6 /64) may make on average; 0 lifts the limit. Beyond it, 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>.</summary>
    public int ClientRequestsPerSecond { get; init; } = 20;

    /// <summary>Requests an anonymous client may make at once above its rate (the bucket's size).</summary>
    public int ClientBurst { get; init; } = 100;

    /// <summary>Requests per second one token subject may make on average; 0 lifts the limit.</summary>
    public int TokenRequestsPerSecond { get; init; } = 100;

    /// <summary>Requests a token subject may make at once above its rate.</summary>
    public int TokenBurst { get; init; } = 500;

    /// <summary>
    /// Reverse proxies whose <c>X-Forwarded-For</c> names the client (comma-separated addresses or networks such as
    /// <c>10.0.0.0/8</c>); empty: none, every client is its own connection's address. Behind a proxy, without this,
    /// every client would share the proxy's rate.
    /// </summary>
    public string TrustedProxies { get; init; } = "";

    /// <summary>
    /// Subscription events being turned into answers at once, across every stream (each event runs the stream's
    /// document): the rest wait, so a burst of events never takes more than these threads from requests.
    /// </summary>
    public int MaxConcurrentEventWork { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Longest time one event of a stream may take, waiting for its turn included; past it the event is an error (<c>TIMEOUT</c>).</summary>
    public TimeSpan EventTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest time a write to an event stream may wait for its client to read; past it the stream is closed (a frozen client holds nothing).</summary>
    public TimeSpan StreamWriteTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest handling of one request, parse, validation and execution alike (<c>TIMEOUT</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Total length of the validated documents kept parsed in memory (about ten times that in bytes).</summary>
    public int DocumentCacheCharacters { get; init; } = 1_000_000;
}
