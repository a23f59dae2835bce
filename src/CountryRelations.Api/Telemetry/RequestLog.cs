using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Telemetry;

/// <summary>
/// The request log. A request that failed (an error code, a status of 400 or more) or was slow gets a line of its own
/// (<c>GraphQL OPERATION answered STATUS in N ms with CODE</c>); successful ones are summarised every
/// <see cref="RequestLogOptions.SummaryInterval"/>, a line per operation and status (<c>GraphQL OPERATION answered
/// 200 × COUNT in the last N s, mean M ms, max X ms</c>) and once more when the host has stopped. A console line per
/// request cost about a third of the throughput of a cached read on two cores; the metrics still count every request.
/// </summary>
public sealed partial class RequestLog(RequestLogOptions options, ILogger<RequestLog> logger, TimeProvider time) : BackgroundService, IHostedLifecycleService
{
    private const string Other = "other operations";

    private ConcurrentDictionary<(string Operation, int Status), Tally> _tallies = new();

    private long _since = time.GetTimestamp();

    /// <summary>Logs, or counts for the next summary, one answered request. Never a variable's value or a token.</summary>
    public void Answered(string operation, int status, string? code, TimeSpan elapsed)
    {
        if (options.EveryRequest || code is not null || status >= 400 || elapsed >= options.Slow)
        {
            One(logger, operation, status, elapsed.TotalMilliseconds, code is null ? "" : " with " + code);
            return;
        }

        // Operation names are the client's: past the bound, new ones are counted together.
        var tallies = _tallies;
        var key = tallies.Count < options.MaxOperations || tallies.ContainsKey((operation, status)) ? (operation, status) : (Other, status);
        tallies.GetOrAdd(key, static _ => new Tally()).Add(elapsed.TotalMilliseconds);
    }

    /// <summary>Writes the summary of the requests counted since the last one, and starts counting afresh.</summary>
    public void Summarise()
    {
        var tallies = Interlocked.Exchange(ref _tallies, new ConcurrentDictionary<(string Operation, int Status), Tally>());
        var seconds = time.GetElapsedTime(Interlocked.Exchange(ref _since, time.GetTimestamp())).TotalSeconds;
        foreach (var ((operation, status), tally) in tallies.OrderBy(t => t.Key.Operation, StringComparer.Ordinal))
        {
            var (count, total, max) = tally.Read();
            Summary(logger, operation, status, count, seconds, total / count, max);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.EveryRequest || options.SummaryInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.SummaryInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Summarise();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last summary is written below.
        }
    }

    // The last summary is written once every hosted service has stopped, the web server among them: a request still
    // being answered when the stop began is counted first (summarised in StopAsync, the answer a client had already
    // read could be counted after the last line and never written).
    Task IHostedLifecycleService.StoppedAsync(CancellationToken cancellationToken)
    {
        Summarise();
        return Task.CompletedTask;
    }

    Task IHostedLifecycleService.StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL {Operation} answered {Status} in {DurationMs:F1} ms{Code}")]
    private static partial void One(ILogger logger, string operation, int status, double durationMs, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL {Operation} answered {Status} × {Count} in the last {Seconds:F0} s, mean {MeanMs:F1} ms, max {MaxMs:F1} ms")]
    private static partial void Summary(ILogger logger, string operation, int status, long count, double seconds, double meanMs, double maxMs);

    private sealed class Tally
    {
        private long _count;
        private double _total;
        private double _max;

        public void Add(double milliseconds)
        {
            lock (this)
            {
                _count++;
                _total += milliseconds;
                _max = Math.Max(_max, milliseconds);
            }
        }

        public (long Count, double Total, double Max) Read()
        {
            lock (this)
            {
                return (_count, _total, _max);
            }
        }
    }
}
