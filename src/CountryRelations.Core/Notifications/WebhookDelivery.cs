namespace CountryRelations.Notifications;

/// <summary>One revision to deliver to one webhook, retried with back-off for a day; each try updates it.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; init; }

    /// <summary>The Standard Webhooks message id (<c>webhook-id</c>): the same on every retry, so receivers can drop repeats.</summary>
    public required string MessageId { get; init; }

    public long WebhookId { get; init; }

    public long RevisionId { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>How many tries were made.</summary>
    public int Attempts { get; set; }

    /// <summary>When the next try is due (null once delivered or given up).</summary>
    public DateTime? NextAttemptAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    /// <summary>The receiver's status on the last try.</summary>
    public int? LastStatus { get; set; }

    /// <summary>Why the last try failed.</summary>
    public string? LastError { get; set; }

    /// <summary>When the day of retries ran out.</summary>
    public DateTime? AbandonedAt { get; set; }
}
