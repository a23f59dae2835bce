using System.Diagnostics.Metrics;

namespace CountryRelations.Capture;

/// <summary>Capture's metrics, in the application's OpenTelemetry meter: attempts by outcome, fetch durations.</summary>
public static class CaptureMetrics
{
    /// <summary>The application's meter (the same name the transport's metrics use).</summary>
    public const string MeterName = "CountryRelations.GraphQL";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Attempts = Meter.CreateCounter<long>("countryrelations.capture.attempts", description: "Capture attempts, by outcome and trigger.");

    private static readonly Histogram<double> FetchDuration = Meter.CreateHistogram<double>("countryrelations.capture.fetch.duration", unit: "ms", description: "Time to fetch a captured page, redirects and retries included.");

    /// <summary>Counts one attempt.</summary>
    public static void Record(CaptureAttempt attempt)
    {
        var tags = new KeyValuePair<string, object?>[] { new("outcome", attempt.Outcome.ToString()), new("trigger", attempt.Trigger) };
        Attempts.Add(1, tags);
        if (attempt.HttpStatus is not null)
        {
            FetchDuration.Record(attempt.DurationMs, tags);
        }
    }
}
