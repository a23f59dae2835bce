using System.Collections.Concurrent;
using CountryRelations.Capture;
using CountryRelations.Errors;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Capture;

/// <summary>A backfill started through GraphQL, and how far it has come.</summary>
public sealed class BackfillJob(string id, long sourceId)
{
    public string Id { get; } = id;

    public long SourceId { get; } = sourceId;

    public string State { get; set; } = "RUNNING";

    public int? Total { get; set; }

    public int Done { get; set; }

    public int Created { get; set; }

    public string? Error { get; set; }
}

/// <summary>
/// Backfills running in this process, started by <c>backfillSource</c> and stopped with the server; each can be
/// asked about while the server runs. A stopped backfill resumes from its source's cursor when started again.
/// </summary>
public sealed class BackfillJobs(WaybackBackfill backfill, IHostApplicationLifetime lifetime, ILogger<BackfillJobs> logger)
{
    private readonly ConcurrentDictionary<string, BackfillJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>Starts a backfill of <paramref name="source"/> in the background.</summary>
    public BackfillJob Start(Source source, DateOnly? from, DateOnly? to)
    {
        var job = new BackfillJob(Guid.NewGuid().ToString("N"), source.Id);
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            try
            {
                var attempts = await backfill.RunAsync(source, from, to, new Progress<(int Done, int Total)>(p => (job.Done, job.Total) = (p.Done, p.Total)), lifetime.ApplicationStopping);
                job.Done = attempts.Count(a => a.Outcome != CaptureOutcome.FetchFailed);
                job.Created = attempts.Count(a => a.Outcome is CaptureOutcome.Created or CaptureOutcome.SilentEdit);
                job.Total ??= job.Done;
                job.Error = attempts.LastOrDefault(a => a.Outcome == CaptureOutcome.FetchFailed)?.Reason;
                job.State = job.Error is null ? "DONE" : "FAILED";
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Backfill {Job} of source {Source} failed", job.Id, source.Id);
                job.Error = exception is DomainException domain ? domain.Message : "The backfill failed; see the server's log.";
                job.State = "FAILED";
            }
        });
        return job;
    }

    /// <summary>The job with <paramref name="id"/>, or <c>BACKFILL_NOT_FOUND</c>.</summary>
    public BackfillJob Find(string id) =>
        _jobs.TryGetValue(id, out var job) ? job : throw new DomainException(ErrorCodes.BackfillNotFound, $"No backfill has id {Excerpt.Of(id)}.");
}
