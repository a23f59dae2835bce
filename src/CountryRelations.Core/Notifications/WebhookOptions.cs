namespace CountryRelations.Notifications;

/// <summary>How webhooks are delivered (configuration section <c>Webhooks</c>).</summary>
public sealed record WebhookOptions
{
    /// <summary>The waits before each retry unless configured: 5 s, 5 min, 30 min, 2 h, 5 h, then every 10 h.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
        [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10)];

    /// <summary>
    /// Waits before each retry, in order (the last repeats); retries stop <see cref="GiveUpAfter"/> after the revision.
    /// Empty means <see cref="DefaultRetryDelays"/> (a configured list replaces it whole rather than merging into it).
    /// </summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [];

    /// <summary>The wait before retry number <paramref name="attempt"/> (1 after the first failure).</summary>
    public TimeSpan DelayBefore(int attempt)
    {
        var delays = RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;
        return delays[Math.Clamp(attempt - 1, 0, delays.Count - 1)];
    }

    /// <summary>How long deliveries of one revision are tried.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How long a receiver has to answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often due deliveries are looked for.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);
}
