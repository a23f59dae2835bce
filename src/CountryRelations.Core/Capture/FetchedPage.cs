namespace CountryRelations.Capture;

/// <summary>What a fetch brought back: the final address and status, validators, and the body (null for 304).</summary>
public sealed record FetchedPage(string Url, int Status, string? ETag, string? LastModified, byte[]? Body, TimeSpan Duration)
{
    /// <summary>304: the page has not changed since the validators sent.</summary>
    public bool NotModified => Status == 304;
}

/// <summary>A fetch that failed: why, and the status when there was one.</summary>
public sealed class FetchFailedException(string reason, int? status = null, string? url = null, Exception? inner = null) : Exception(reason, inner)
{
    public int? Status { get; } = status;

    public string? Url { get; } = url;
}
