using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CountryRelations.Api.Telemetry;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Operations;

/// <summary>
/// Each request: a span named after its operation, counted by operation, status and code; in the log a line of its own
/// when it failed, else a line in the summary of its operation.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_request_is_traced_counted_and_logged_by_operation_name()
    {
        var logs = new CapturedLogs();
        var server = await TestServer.StartAsync(new Dictionary<string, string?>(), logs: logs);
        var spans = new ConcurrentQueue<Activity>();
        var counted = new ConcurrentQueue<(string Operation, string Code)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GraphQLTelemetry.Name && instrument.Name == "countryrelations.graphql.requests")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var map = tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString() ?? "");
            counted.Enqueue((map["graphql.operation"], map["error.code"]));
        });
        meters.Start();
        try
        {
            await server.QueryAsync("query TelemetryProbe { countries(search: \"Senegal\") { code } }");
            await server.QueryAsync("query TelemetryRefusal { profile(country: \"Atlantis\") { id } }");

            Assert.Contains(spans, s => s.DisplayName == "graphql TelemetryProbe" && (int?)s.GetTagItem("http.status_code") == 200);
            Assert.Contains(counted, c => c == ("TelemetryProbe", ""));
            Assert.Contains(counted, c => c == ("TelemetryRefusal", "COUNTRY_NOT_FOUND"));
            Assert.Contains(logs.Lines, l => l.Contains("GraphQL TelemetryRefusal answered 200 in", StringComparison.Ordinal) && l.Contains("with COUNTRY_NOT_FOUND", StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Lines, l => l.Contains("GraphQL TelemetryProbe", StringComparison.Ordinal));
            server.Services.GetRequiredService<RequestLog>().Summarise();
            Assert.Contains(logs.Lines, l => l.Contains("GraphQL TelemetryProbe answered 200 × 1 in the last", StringComparison.Ordinal));
        }
        finally
        {
            await server.StopAsync();
        }
    }
}
