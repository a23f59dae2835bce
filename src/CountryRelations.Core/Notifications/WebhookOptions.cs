namespace CountryRelations.Notifications;

/// <summary>How webhooks are delivered (configuration section <c>Webhooks</c>).</summary>
public sealed record WebhookOptions
{
    /// <summary>Waits before each retry, in order (the last repeats); retries stop a day after the revision.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } =
        [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10)];

    /// <summary>How long deliveries of one revision are tried.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How long a receiver has to answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often due deliveries are looked for.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);
}
