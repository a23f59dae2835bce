using CountryRelations.Capture;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Identification;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Notifications;

/// <summary>Adds, disables and lists webhooks, and their deliveries.</summary>
public sealed class WebhookRegistry(IDbContextFactory<CountryRelationsDbContext> contexts, ProfileKeyResolver resolver, CountryCatalog countries)
{
    /// <summary>Registers <paramref name="url"/> for revisions passing the filters; its secret is in the answer, once.</summary>
    public async Task<Webhook> AddAsync(string url, string? country = null, string? publisher = null, string? language = null, CancellationToken cancellationToken = default)
    {
        var trimmed = url.Trim();
        if (!SourceAddress.IsWebAddress(trimmed) || !Uri.TryCreate(trimmed, UriKind.Absolute, out var address) || string.IsNullOrEmpty(address.Host))
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"\"{Excerpt.Of(url)}\" is not an http or https address.");
        }

        var webhook = new Webhook
        {
            Url = address.ToString(),
            Secret = WebhookSignature.NewSecret(),
            Country = country is null ? null : countries.Resolve(country).Code,
            Publisher = publisher is null ? null : (await resolver.PublisherAsync(publisher, cancellationToken)).Code,
            Language = language is null ? null : ProfileKeyResolver.NormalizeLanguage(language),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return webhook;
    }

    /// <summary>Stops deliveries to a webhook; its log stays.</summary>
    public async Task<Webhook> RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Webhooks.Where(w => w.Id == id).ExecuteUpdateAsync(w => w.SetProperty(x => x.Enabled, false), cancellationToken) == 0)
        {
            throw new DomainException(ErrorCodes.WebhookNotFound, $"No webhook has id {id}.");
        }

        return await db.Webhooks.SingleAsync(w => w.Id == id, cancellationToken);
    }

    /// <summary>Every webhook, oldest first.</summary>
    public async Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Webhooks.OrderBy(w => w.Id).ToListAsync(cancellationToken);
    }

    /// <summary>A webhook's deliveries, newest first.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(long webhookId, int first, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookDeliveries.Where(d => d.WebhookId == webhookId).OrderByDescending(d => d.Id).Take(first).ToListAsync(cancellationToken);
    }
}
