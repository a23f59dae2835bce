using System.Xml;
using CountryRelations.Countries;
using CountryRelations.Dates;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Identification;
using CountryRelations.Paging;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CountryRelations.Capture;

/// <summary>Adds, amends, disables and lists sources; every change checked before it is written.</summary>
public sealed class SourceRegistry(IDbContextFactory<CountryRelationsDbContext> contexts, ProfileKeyResolver resolver, CountryCatalog countries, TimeProvider clock)
{
    /// <summary>The default interval: daily.</summary>
    public static readonly TimeSpan DefaultEvery = TimeSpan.FromDays(1);

    private const string SourcesList = "sources";

    /// <summary>
    /// Watches <paramref name="url"/>; due at once unless added disabled (a page only to be backfilled). Hints left
    /// null are inferred from each capture.
    /// </summary>
    public async Task<Source> AddAsync(string url, string? publisher = null, string? country = null, string? language = null, string? every = null, bool enabled = true, CancellationToken cancellationToken = default)
    {
        var address = CheckAddress(url);
        var source = new Source
        {
            Url = address,
            Publisher = publisher is null ? null : (await resolver.PublisherAsync(publisher, cancellationToken)).Code,
            Country = country is null ? null : countries.Resolve(country).Code,
            Language = language is null ? null : ProfileKeyResolver.NormalizeLanguage(language),
            EverySeconds = (long)Interval(every).TotalSeconds,
            NextCheckAt = clock.UtcNow(),
            Enabled = enabled,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Sources.Add(source);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new DomainException(ErrorCodes.SourceExists, $"{Excerpt.Of(address)} is already a source.");
        }

        return source;
    }

    /// <summary>Changes a source's interval, hints or enabled flag (null leaves a setting as it is).</summary>
    public async Task<Source> UpdateAsync(long id, string? every = null, bool? enabled = null, string? publisher = null, string? country = null, string? language = null, CancellationToken cancellationToken = default)
    {
        var source = await FindAsync(id, cancellationToken);
        var seconds = every is null ? source.EverySeconds : (long)Interval(every).TotalSeconds;
        var publisherCode = publisher is null ? source.Publisher : (await resolver.PublisherAsync(publisher, cancellationToken)).Code;
        var countryCode = country is null ? source.Country : countries.Resolve(country).Code;
        var languageTag = language is null ? source.Language : ProfileKeyResolver.NormalizeLanguage(language);
        var on = enabled ?? source.Enabled;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Sources.Where(s => s.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.EverySeconds, seconds).SetProperty(x => x.Enabled, on)
                .SetProperty(x => x.Publisher, publisherCode).SetProperty(x => x.Country, countryCode).SetProperty(x => x.Language, languageTag),
            cancellationToken);
        return await FindAsync(id, cancellationToken);
    }

    /// <summary>Stops checking a source; it and its capture log stay.</summary>
    public Task<Source> RemoveAsync(long id, CancellationToken cancellationToken = default) => UpdateAsync(id, enabled: false, cancellationToken: cancellationToken);

    /// <summary>The source with <paramref name="id"/>, or <c>SOURCE_NOT_FOUND</c>.</summary>
    public async Task<Source> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new DomainException(ErrorCodes.SourceNotFound, $"No source has id {id}.");
    }

    /// <summary>The source watching exactly <paramref name="url"/>, if any.</summary>
    public async Task<Source?> FindByUrlAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sources.SingleOrDefaultAsync(s => s.Url == url, cancellationToken);
    }

    /// <summary>A page of sources by id, optionally only enabled ones or those of one publisher or country.</summary>
    public Task<Page<Source>> PageAsync(PageRequest page, bool? enabled = null, string? publisher = null, string? country = null, CancellationToken cancellationToken = default) =>
        Keyset.PageAsync<Source>(
            page,
            s => Cursor.Encode(SourcesList, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            async (cursor, backward, limit) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var rows = Filtered(db, enabled, publisher, country);
                if (cursor is not null)
                {
                    var after = Cursor.Decode(cursor, SourcesList, 1, k => long.TryParse(k[0], out var id) ? id : (long?)null);
                    rows = backward ? rows.Where(s => s.Id < after) : rows.Where(s => s.Id > after);
                }

                rows = backward ? rows.OrderByDescending(s => s.Id) : rows.OrderBy(s => s.Id);
                return await rows.Take(limit).ToListAsync(cancellationToken);
            },
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                return await Filtered(db, enabled, publisher, country).CountAsync(cancellationToken);
            });

    private IQueryable<Source> Filtered(CountryRelationsDbContext db, bool? enabled, string? publisher, string? country)
    {
        var rows = db.Sources.AsQueryable();
        if (enabled is { } on)
        {
            rows = rows.Where(s => s.Enabled == on);
        }

        // A source belongs to a publisher or country it was given, or whose captures fed one of its profiles.
        if (publisher is not null)
        {
            var code = publisher.Trim().ToUpperInvariant();
            rows = rows.Where(s => s.Publisher == code
                || db.CaptureAttempts.Any(a => a.SourceId == s.Id && db.Revisions.Any(r => r.Id == a.RevisionId && r.Profile.Publisher.Code == code)));
        }

        if (country is not null)
        {
            var code = countries.Resolve(country).Code;
            rows = rows.Where(s => s.Country == code
                || db.CaptureAttempts.Any(a => a.SourceId == s.Id && db.Revisions.Any(r => r.Id == a.RevisionId && r.Profile.CountryCode == code)));
        }

        return rows;
    }

    private static string CheckAddress(string url)
    {
        var trimmed = url.Trim();
        return SourceAddress.IsWebAddress(trimmed) && Uri.TryCreate(trimmed, UriKind.Absolute, out var address) && !string.IsNullOrEmpty(address.Host)
            ? address.ToString()
            : throw new DomainException(ErrorCodes.InvalidInput, $"\"{Excerpt.Of(url)}\" is not an http or https address.");
    }

    /// <summary>An ISO-8601 duration (P1D, PT6H, P1W) of at least a minute; null is daily.</summary>
    public static TimeSpan Interval(string? every)
    {
        if (every is null)
        {
            return DefaultEvery;
        }

        TimeSpan interval;
        try
        {
            var text = every.Trim().ToUpperInvariant();
            interval = text.EndsWith('W') && text.StartsWith('P') && int.TryParse(text[1..^1], out var weeks)
                ? TimeSpan.FromDays(7 * weeks)
                : XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"\"{Excerpt.Of(every)}\" is not an ISO-8601 duration such as P1D or PT6H.");
        }
        catch (OverflowException)
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"\"{Excerpt.Of(every)}\" is too long an interval.");
        }

        return interval >= TimeSpan.FromMinutes(1) && interval <= TimeSpan.FromDays(366)
            ? interval
            : throw new DomainException(ErrorCodes.InvalidInput, $"A source is checked at most every minute and at least once a year; \"{Excerpt.Of(every)}\" is outside that.");
    }
}
