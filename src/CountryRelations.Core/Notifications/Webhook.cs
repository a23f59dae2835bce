namespace CountryRelations.Notifications;

/// <summary>
/// An endpoint told of every revision recorded that passes its filters (those of the <c>revisionRecorded</c>
/// subscription), POSTed as JSON and signed the Standard Webhooks way with <see cref="Secret"/>.
/// </summary>
public sealed class Webhook
{
    public long Id { get; init; }

    public required string Url { get; init; }

    /// <summary>The signing secret, <c>whsec_</c> and base64 bytes; shown to the editor once, when added.</summary>
    public required string Secret { get; init; }

    /// <summary>Only this subject country (alpha-2), when set.</summary>
    public string? Country { get; init; }

    /// <summary>Only this publisher, when set.</summary>
    public string? Publisher { get; init; }

    /// <summary>Only this language, when set.</summary>
    public string? Language { get; init; }

    /// <summary>Whether deliveries are made.</summary>
    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; init; }
}
