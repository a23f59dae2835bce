using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CountryRelations.Capture;
using CountryRelations.Comparison;
using CountryRelations.Dates;
using CountryRelations.History;
using CountryRelations.Persistence;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Notifications;

/// <summary>
/// Tells webhooks of recorded revisions: each revision becomes one delivery per matching webhook (unique, so every
/// instance that heard of it may enqueue it), and due deliveries are claimed (SKIP LOCKED) and POSTed, signed, until
/// the receiver answers 2xx or a day has passed, waiting longer after each failure.
/// </summary>
public sealed class WebhookDispatcher(
    IDbContextFactory<CountryRelationsDbContext> contexts,
    HttpClient http,
    RevisionLoader revisions,
    RevisionInForce inForce,
    WebhookOptions options,
    CaptureOptions capture,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Enqueues <paramref name="revision"/> for every enabled webhook whose filters it passes.</summary>
    public async Task<int> EnqueueAsync(Revision revision, CancellationToken cancellationToken = default)
    {
        var profile = revision.Profile;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow();
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO webhook_deliveries (message_id, webhook_id, revision_id, created_at, attempts, next_attempt_at)
            SELECT 'msg_' || {revision.Id} || '_' || w.id, w.id, {revision.Id}, {now}, 0, {now}
            FROM webhooks w
            WHERE w.enabled
              AND (w.country IS NULL OR w.country = {profile.CountryCode})
              AND (w.publisher IS NULL OR w.publisher = {profile.Publisher.Code})
              AND (w.language IS NULL OR w.language = {profile.Language})
            ON CONFLICT (webhook_id, revision_id) DO NOTHING
            """,
            cancellationToken);
    }

    /// <summary>Delivers what is due now; returns how many deliveries were tried.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var tried = 0;
        while (await ClaimAsync(16, cancellationToken) is { Count: > 0 } due)
        {
            foreach (var (delivery, webhook) in due)
            {
                await DeliverAsync(delivery, webhook, cancellationToken);
                tried++;
            }
        }

        return tried;
    }

    private async Task<List<(WebhookDelivery Delivery, Webhook Webhook)>> ClaimAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow();
        var lease = now + options.Timeout + TimeSpan.FromMinutes(1);
        var claimed = await db.WebhookDeliveries.FromSql(
                $"""
                UPDATE webhook_deliveries SET next_attempt_at = {lease}
                WHERE id IN (SELECT id FROM webhook_deliveries WHERE next_attempt_at <= {now}
                             ORDER BY next_attempt_at, id LIMIT {limit} FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .AsAsyncEnumerable()
            .ToListAsync(cancellationToken);
        var ids = claimed.Select(d => d.WebhookId).Distinct().ToList();
        var webhooks = await db.Webhooks.Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        return claimed.Select(d => (d, webhooks[d.WebhookId])).ToList();
    }

    private async Task DeliverAsync(WebhookDelivery delivery, Webhook webhook, CancellationToken cancellationToken)
    {
        var attempts = delivery.Attempts + 1;
        int? status = null;
        string? error = null;
        if (!webhook.Enabled)
        {
            error = "The webhook was removed.";
        }
        else
        {
            try
            {
                var body = await PayloadAsync(delivery, cancellationToken);
                var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
                using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new StringContent(body, Encoding.UTF8) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.TryAddWithoutValidation("User-Agent", capture.UserAgent);
                request.Headers.TryAddWithoutValidation("webhook-id", delivery.MessageId);
                request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.TryAddWithoutValidation("webhook-signature", WebhookSignature.Sign(webhook.Secret, delivery.MessageId, timestamp, body));
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(options.Timeout);
                using var response = await http.SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
                error = response.IsSuccessStatusCode ? null : $"The receiver answered {status}.";
            }
            catch (HttpRequestException exception)
            {
                error = exception.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                error = $"The receiver did not answer within {options.Timeout.TotalSeconds:F0} s.";
            }
        }

        var now = clock.UtcNow();
        var delivered = error is null;
        var delay = options.DelayBefore(attempts);
        var giveUp = !delivered && (!webhook.Enabled || now + delay > delivery.CreatedAt + options.GiveUpAfter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WebhookDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(
            d => d.SetProperty(x => x.Attempts, attempts)
                .SetProperty(x => x.LastStatus, status)
                .SetProperty(x => x.LastError, error)
                .SetProperty(x => x.DeliveredAt, delivered ? now : null)
                .SetProperty(x => x.AbandonedAt, giveUp ? now : null)
                .SetProperty(x => x.NextAttemptAt, delivered || giveUp ? null : now + delay),
            cancellationToken);
    }

    // The revision, its profile, and what changed against the revision it followed.
    private async Task<string> PayloadAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var revision = await revisions.FindAsync(delivery.RevisionId, cancellationToken)
            ?? throw new HttpRequestException($"Revision {delivery.RevisionId} is not stored.");
        var previous = (await inForce.PredecessorsOfAsync([revision.Id], clock.UtcNow(), cancellationToken)).GetValueOrDefault(revision.Id);
        var summary = RevisionComparer.Compare(previous, revision, cancellationToken: cancellationToken).Summary;
        return JsonSerializer.Serialize(
            new
            {
                type = "revision.recorded",
                timestamp = clock.GetUtcNow(),
                data = new
                {
                    revision = new
                    {
                        id = revision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        revision.Sequence,
                        kind = revision.Kind.ToString(),
                        publishedOn = IsoDate.Format(revision.PublishedOn),
                        effectiveFrom = IsoDate.Format(revision.EffectiveFrom),
                        revision.RecordedAt,
                        source = revision.SourceUrl,
                        chainSha256 = revision.ChainHash,
                        sections = revision.Sections.Select(s => new { topic = s.Topic.ToString(), s.Heading }),
                    },
                    profile = new { publisher = revision.Profile.Publisher.Code, country = revision.Profile.CountryCode, language = revision.Profile.Language },
                    comparedToPrevious = new
                    {
                        previousRevisionId = previous?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        summary.Added, summary.Removed, summary.Changed, summary.Moved, summary.Unchanged, summary.WordsAdded, summary.WordsRemoved, summary.FiguresChanged,
                    },
                },
            },
            Json);
    }
}
