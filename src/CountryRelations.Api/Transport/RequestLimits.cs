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

    /// <summary>Most aliased fields in one document (<c>TOO_MANY_ALIASES</c>), against alias-based amplification.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>Longest execution (<c>TIMEOUT</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);
}
