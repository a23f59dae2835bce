using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CountryRelations.Dates;

namespace CountryRelations.Capture;

/// <summary>
/// A source's past from a web archive speaking the Wayback Machine's protocol: its captures listed with the CDX API
/// (status 200, HTML, one per distinct digest), each unique one fetched as originally archived (the <c>id_</c>
/// address, no banner), oldest first, and imported as captured on its archive date — the page's own stated date, when
/// it states one, still decides the revision's. Rate-limited; resumable (a cursor per source: a rerun continues after
/// the last capture imported, never imports one twice).
/// </summary>
public sealed class WaybackBackfill(PageFetcher fetcher, CaptureService capture, CaptureOptions options, TimeProvider clock)
{
    private static readonly SemaphoreSlim Pace = new(1, 1);
    private static DateTimeOffset _lastRequest = DateTimeOffset.MinValue;

    /// <summary>One archived capture: its 14-digit timestamp, the address as archived, and its digest.</summary>
    public sealed record ArchivedCapture(string Timestamp, string Original, string Digest)
    {
        /// <summary>When the archive captured it (UTC).</summary>
        public DateTime CapturedAt => DateTime.ParseExact(Timestamp, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    /// <summary>The unique captures of <paramref name="source"/> between the dates, oldest first, after its cursor.</summary>
    public async Task<IReadOnlyList<ArchivedCapture>> ListAsync(Source source, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        var query = $"url={Uri.EscapeDataString(source.Url)}&output=json&fl=timestamp,original,statuscode,digest,mimetype&filter=statuscode:200&collapse=digest"
            + (from is { } f ? $"&from={f:yyyyMMdd}" : "") + (to is { } t ? $"&to={t:yyyyMMdd}235959" : "");
        var page = await PacedAsync(() => fetcher.FetchAsync(new Uri($"{options.WaybackEndpoint.TrimEnd('/')}/cdx/search/cdx?{query}"), cancellationToken: cancellationToken), cancellationToken);
        var rows = JsonSerializer.Deserialize<string[][]>(page.Body ?? []) ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var captures = new List<ArchivedCapture>();
        foreach (var row in rows.Skip(1).Where(r => r.Length >= 5).OrderBy(r => r[0], StringComparer.Ordinal))
        {
            var (timestamp, original, status, digest, mime) = (row[0], row[1], row[2], row[3], row[4]);
            // A digest seen before the cursor is as good as imported: the same content again is never re-imported.
            if (status == "200" && mime.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && timestamp.Length == 14 && timestamp.All(char.IsAsciiDigit)
                && seen.Add(digest) && string.CompareOrdinal(timestamp, source.BackfillCursor ?? "") > 0)
            {
                captures.Add(new ArchivedCapture(timestamp, original, digest));
            }
        }

        return captures;
    }

    /// <summary>Imports each capture of <paramref name="source"/> (after its cursor) in order; reports every attempt as it is logged.</summary>
    public async Task<IReadOnlyList<CaptureAttempt>> RunAsync(Source source, DateOnly? from, DateOnly? to, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var captures = await ListAsync(source, from, to, cancellationToken);
        var attempts = new List<CaptureAttempt>(captures.Count);
        foreach (var archived in captures)
        {
            var archiveUrl = $"{options.WaybackEndpoint.TrimEnd('/')}/web/{archived.Timestamp}id_/{archived.Original}";
            var attempt = new CaptureAttempt
            {
                SourceId = source.Id, AttemptedAt = clock.UtcNow(), Trigger = CaptureTriggers.Backfill, Url = archiveUrl, ArchiveTimestamp = archived.Timestamp,
            };
            try
            {
                var page = await PacedAsync(() => fetcher.FetchAsync(new Uri(archiveUrl), cancellationToken: cancellationToken), cancellationToken);
                var sha256 = Convert.ToHexStringLower(SHA256.HashData(page.Body!));
                attempt = await capture.ImportAsync(
                    attempt, source, page with { Url = archiveUrl }, sha256, Clock.DateOf(archived.CapturedAt), cancellationToken,
                    name: $"web archive capture {archived.CapturedAt:yyyy-MM-ddTHH:mm:ssZ} ({archiveUrl})", originalUrl: archived.Original);
            }
            catch (FetchFailedException failure)
            {
                attempt = CaptureService.Finish(attempt, CaptureOutcome.FetchFailed, reason: failure.Message) with { HttpStatus = failure.Status };
            }

            // The cursor moves past a capture once it is stored or refused for good; a failed fetch is tried again next run.
            await capture.LogAsync(attempt, attempt.Outcome == CaptureOutcome.FetchFailed ? null : archived.Timestamp, cancellationToken);
            attempts.Add(attempt);
            if (attempt.Outcome == CaptureOutcome.FetchFailed)
            {
                break;
            }

            progress?.Report((attempts.Count, captures.Count));
        }

        return attempts;
    }

    // The archive asks for well under a request a second: every request to it, from any backfill, waits its turn.
    private async Task<T> PacedAsync<T>(Func<Task<T>> request, CancellationToken cancellationToken)
    {
        if (options.WaybackRequestsPerSecond <= 0)
        {
            return await request();
        }

        await Pace.WaitAsync(cancellationToken);
        try
        {
            var wait = _lastRequest + TimeSpan.FromSeconds(1 / options.WaybackRequestsPerSecond) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }

            return await request();
        }
        finally
        {
            _lastRequest = clock.GetUtcNow();
            Pace.Release();
        }
    }
}
