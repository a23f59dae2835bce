namespace CountryRelations.Capture;

/// <summary>How capture behaves (configuration section <c>Capture</c>): polite and safe by default.</summary>
public sealed record CaptureOptions
{
    /// <summary>Whether the server checks due sources on its own (<c>serve</c>); <c>capture --once</c> runs regardless.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Sent with every request: the software and a contact, so a site's operator can reach whoever runs it.</summary>
    public string UserAgent { get; init; } = "CountryRelations/1.0 (capture of public foreign-ministry pages; operators set Capture:UserAgent to name their contact)";

    /// <summary>The token robots.txt groups are matched against.</summary>
    public string RobotsProductToken { get; init; } = "CountryRelations";

    /// <summary>Whether loopback, private, link-local and metadata addresses may be fetched (tests; never in production).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>The least time between two requests to one host (one request at a time per host, always).</summary>
    public TimeSpan MinimumHostDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one request may take, retries aside.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a request answered 429 or 5xx (honouring Retry-After) or not answered.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The longest wait before a retry, whatever Retry-After asks.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Redirects followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>How long a host's robots.txt is kept.</summary>
    public TimeSpan RobotsCacheTime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The web archive's base address: the CDX API at <c>/cdx/search/cdx</c>, captures at <c>/web/TIMESTAMPid_/ADDRESS</c>.</summary>
    public string WaybackEndpoint { get; init; } = "https://web.archive.org";

    /// <summary>Requests per second to the web archive, which asks for well under one; 0 turns the limit off.</summary>
    public double WaybackRequestsPerSecond { get; init; } = 0.4;

    /// <summary>How often the server looks for due sources.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Sources captured at once (on different hosts, since each host takes one request at a time).</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>How long a claimed source stays claimed: an instance that dies mid-capture leaves it due again after this.</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(10);
}
