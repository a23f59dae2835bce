using CountryRelations.Capture;
using CountryRelations.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Capture;

/// <summary>
/// Checks due sources inside <c>serve</c> (<c>Capture:Enabled</c>, on by default): every poll interval it claims what is
/// due and captures it; any number of instances share the sources without fetching one twice.
/// </summary>
public sealed partial class CaptureWorker(CaptureService capture, CaptureOptions options, ILogger<CaptureWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var attempts = await capture.CaptureDueAsync(options.Concurrency, options.ClaimLease, stoppingToken);
                if (attempts.Count > 0)
                {
                    Captured(logger, attempts.Count, string.Join(", ", attempts.GroupBy(a => a.Outcome).Select(g => $"{g.Key} {g.Count()}")));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database outage or a bug must not stop the schedule: the next poll tries again.
                CaptureFailed(logger, DatabaseOutage.Is(exception) ? exception.Message : exception.ToString());
            }

            try
            {
                await Task.Delay(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Captured {Count} source(s): {Outcomes}")]
    private static partial void Captured(ILogger logger, int count, string outcomes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Capturing due sources failed; trying again at the next poll: {Reason}")]
    private static partial void CaptureFailed(ILogger logger, string reason);
}
