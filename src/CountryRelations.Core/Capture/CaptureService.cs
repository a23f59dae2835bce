using System.Security.Cryptography;
using CountryRelations.Dates;
using CountryRelations.Import;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CountryRelations.Capture;

/// <summary>
/// Captures a source once: robots.txt asked, the page fetched conditionally, the same bytes recognised without
/// parsing, anything new handed to the importer (which decides created, silent edit or already stored, exactly as
/// for an import), and the attempt logged whatever happened. Also claims due sources, so that several instances share
/// the work without fetching one page twice.
/// </summary>
public sealed class CaptureService(
    IDbContextFactory<CountryRelationsDbContext> contexts,
    PageFetcher fetcher,
    RobotsRules robots,
    DocumentImporter importer,
    TimeProvider clock)
{
    /// <summary>Who the importer records as having recorded a captured revision.</summary>
    public const string RecordedBy = "capture";

    /// <summary>Captures <paramref name="source"/> now and logs the attempt; the source is then due again after its interval.</summary>
    public async Task<CaptureAttempt> CaptureAsync(Source source, string trigger, CancellationToken cancellationToken = default)
    {
        var attemptedAt = clock.UtcNow();
        var address = new Uri(source.Url);
        var attempt = new CaptureAttempt { SourceId = source.Id, AttemptedAt = attemptedAt, Trigger = trigger, Url = source.Url };
        FetchedPage? page = null;
        string? sha256 = null;
        try
        {
            if (!await robots.AllowsAsync(address, cancellationToken))
            {
                attempt = Finish(attempt, CaptureOutcome.Disallowed, reason: $"robots.txt of {address.Authority} disallows {address.PathAndQuery} for this software.");
            }
            else
            {
                page = await fetcher.FetchAsync(address, source.ETag, source.LastModified, cancellationToken);
                sha256 = page.Body is null ? null : Convert.ToHexStringLower(SHA256.HashData(page.Body));
                attempt = page.NotModified
                    ? Finish(attempt, CaptureOutcome.Unchanged, page, reason: "304 Not Modified.")
                    : sha256 == source.LastSha256
                        ? Finish(attempt, CaptureOutcome.Unchanged, page, sha256, reason: "The same bytes as last time.")
                        : await ImportAsync(attempt, source, page, sha256!, Clock.DateOf(attemptedAt), cancellationToken);
            }
        }
        catch (FetchFailedException failure)
        {
            attempt = Finish(attempt, CaptureOutcome.FetchFailed, reason: failure.Message) with { HttpStatus = failure.Status, Url = failure.Url ?? source.Url };
        }

        await RecordAsync(source, attempt, page?.NotModified == false ? (page.ETag, page.LastModified, sha256) : null, cancellationToken);
        return attempt;
    }

    /// <summary>Hands a fetched page to the importer; its outcome is the attempt's.</summary>
    internal async Task<CaptureAttempt> ImportAsync(CaptureAttempt attempt, Source source, FetchedPage page, string sha256, DateOnly capturedOn, CancellationToken cancellationToken, string? name = null, string? originalUrl = null)
    {
        var result = await importer.ImportAsync(
            new ImportRequest(name ?? page.Url, page.Body!, Publisher: source.Publisher, Language: source.Language, Country: source.Country,
                CapturedOn: capturedOn, Source: originalUrl ?? page.Url, RecordedBy: RecordedBy),
            cancellationToken);
        var outcome = result.Outcome switch
        {
            ImportOutcome.Created => CaptureOutcome.Created,
            ImportOutcome.SilentEdit => CaptureOutcome.SilentEdit,
            ImportOutcome.AlreadyStored => CaptureOutcome.AlreadyStored,
            _ => CaptureOutcome.Refused,
        };
        return Finish(attempt, outcome, page, sha256, result.Message) with
        {
            ErrorCode = outcome == CaptureOutcome.Refused ? result.ErrorCode : null,
            RevisionId = result.Revision?.Id,
        };
    }

    internal static CaptureAttempt Finish(CaptureAttempt attempt, CaptureOutcome outcome, FetchedPage? page = null, string? sha256 = null, string? reason = null) =>
        new()
        {
            SourceId = attempt.SourceId,
            AttemptedAt = attempt.AttemptedAt,
            Trigger = attempt.Trigger,
            Url = page?.Url ?? attempt.Url,
            HttpStatus = page?.Status,
            ETag = page?.ETag,
            LastModified = page?.LastModified,
            Bytes = page?.Body?.LongLength,
            Sha256 = sha256,
            DurationMs = page?.Duration.TotalMilliseconds ?? 0,
            Outcome = outcome,
            Reason = reason,
            ArchiveTimestamp = attempt.ArchiveTimestamp,
        };

    // The attempt and the source's next due time (and validators, after a 200).
    private Task RecordAsync(Source source, CaptureAttempt attempt, (string? ETag, string? LastModified, string? Sha256)? validators, CancellationToken cancellationToken)
    {
        var next = clock.UtcNow().AddSeconds(source.EverySeconds);
        return LogAsync(attempt, validators is var (etag, lastModified, sha256)
            ? s => s.SetProperty(x => x.NextCheckAt, next).SetProperty(x => x.ETag, etag).SetProperty(x => x.LastModified, lastModified).SetProperty(x => x.LastSha256, sha256)
            : s => s.SetProperty(x => x.NextCheckAt, next), cancellationToken);
    }

    /// <summary>Logs an attempt that did not come from fetching the source itself (a backfill, a WARC record).</summary>
    internal Task LogAsync(CaptureAttempt attempt, string? backfillCursor, CancellationToken cancellationToken) =>
        LogAsync(attempt, backfillCursor is null ? null : s => s.SetProperty(x => x.BackfillCursor, backfillCursor), cancellationToken);

    // The attempt logged and its source updated in one transaction, then counted.
    private async Task LogAsync(CaptureAttempt attempt, Action<UpdateSettersBuilder<Source>>? source, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CaptureAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        if (source is not null)
        {
            await db.Sources.Where(s => s.Id == attempt.SourceId).ExecuteUpdateAsync(source, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        CaptureMetrics.Record(attempt);
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> enabled sources that are due, for <paramref name="lease"/>: claimed rows are
    /// skipped by every other instance (SKIP LOCKED) and pushed past the lease, so an instance that dies mid-capture
    /// leaves its sources due again when the lease lapses.
    /// </summary>
    public async Task<IReadOnlyList<Source>> ClaimDueAsync(int limit, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.UtcNow();
        var until = now + lease;
        return await db.Sources.FromSql(
                $"""
                UPDATE sources SET next_check_at = {until}
                WHERE id IN (SELECT id FROM sources WHERE enabled AND next_check_at <= {now}
                             ORDER BY next_check_at, id LIMIT {limit} FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .AsAsyncEnumerable()
            .ToListAsync(cancellationToken);
    }

    /// <summary>Captures every source due now, <paramref name="concurrency"/> at a time; returns the attempts.</summary>
    public async Task<IReadOnlyList<CaptureAttempt>> CaptureDueAsync(int concurrency, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var attempts = new List<CaptureAttempt>();
        while (await ClaimDueAsync(Math.Max(concurrency, 1) * 4, lease, cancellationToken) is { Count: > 0 } due)
        {
            var results = new CaptureAttempt[due.Count];
            await Parallel.ForEachAsync(
                due.Select((source, index) => (source, index)),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(concurrency, 1), CancellationToken = cancellationToken },
                async (item, token) => results[item.index] = await CaptureAsync(item.source, CaptureTriggers.Schedule, token));
            attempts.AddRange(results);
        }

        return attempts;
    }

    /// <summary>A page of a source's capture log, newest first.</summary>
    public async Task<IReadOnlyList<CaptureAttempt>> AttemptsAsync(long sourceId, int first, long? before, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.CaptureAttempts.Where(a => a.SourceId == sourceId);
        if (before is { } id)
        {
            rows = rows.Where(a => a.Id < id);
        }

        return await rows.OrderByDescending(a => a.Id).Take(first).ToListAsync(cancellationToken);
    }
}
