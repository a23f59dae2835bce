using CountryRelations.Api.Telemetry;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Tests.Telemetry;

/// <summary>
/// The request log: a failed or slow request is a line of its own; successful ones are a line per operation and status
/// in each summary; client-chosen operation names cannot grow it without bound.
/// </summary>
public sealed class RequestLogTests
{
    private static (RequestLog Log, CapturedLogs Lines) Start(RequestLogOptions? options = null)
    {
        var lines = new CapturedLogs();
        return (new RequestLog(options ?? new RequestLogOptions(), new Microsoft.Extensions.Logging.Logger<RequestLog>(new Microsoft.Extensions.Logging.LoggerFactory([lines])), TimeProvider.System), lines);
    }

    private static readonly TimeSpan Quick = TimeSpan.FromMilliseconds(3);

    [Fact]
    public void Successful_requests_are_summarised_once_per_operation_and_status()
    {
        var (log, lines) = Start();
        log.Answered("Profile", 200, null, Quick);
        log.Answered("Profile", 200, null, TimeSpan.FromMilliseconds(9));
        log.Answered("Profile", 200, null, Quick);
        log.Answered("Timeline", 200, null, Quick);
        Assert.Empty(lines.Lines);

        log.Summarise();
        var summary = lines.Lines.ToList();
        Assert.Equal(2, summary.Count);
        Assert.Contains(summary, l => l.Contains("GraphQL Profile answered 200 × 3 in the last", StringComparison.Ordinal) && l.Contains("mean 5.0 ms, max 9.0 ms", StringComparison.Ordinal));
        Assert.Contains(summary, l => l.Contains("GraphQL Timeline answered 200 × 1 in the last", StringComparison.Ordinal));

        // Counting starts afresh: a quiet interval writes nothing.
        log.Summarise();
        Assert.Equal(2, lines.Lines.Count);
    }

    [Fact]
    public void A_failed_or_slow_request_gets_a_line_of_its_own_at_once()
    {
        var (log, lines) = Start(new RequestLogOptions { Slow = TimeSpan.FromMilliseconds(500) });
        log.Answered("Refused", 200, "COUNTRY_NOT_FOUND", Quick);
        log.Answered("Bad", 400, null, Quick);
        log.Answered("Slow", 200, null, TimeSpan.FromMilliseconds(700));
        var all = lines.Lines.ToList();
        Assert.Equal(3, all.Count);
        Assert.Contains(all, l => l.Contains("GraphQL Refused answered 200 in 3.0 ms with COUNTRY_NOT_FOUND", StringComparison.Ordinal));
        Assert.Contains(all, l => l.Contains("GraphQL Bad answered 400 in", StringComparison.Ordinal));
        Assert.Contains(all, l => l.Contains("GraphQL Slow answered 200 in 700.0 ms", StringComparison.Ordinal));

        // None of them is counted again in the summary.
        log.Summarise();
        Assert.Equal(3, lines.Lines.Count);
    }

    [Fact]
    public void Operation_names_past_the_bound_are_counted_together()
    {
        var (log, lines) = Start(new RequestLogOptions { MaxOperations = 3 });
        for (var i = 0; i < 1_000; i++)
        {
            log.Answered("Operation" + i, 200, null, Quick);
        }

        log.Answered("Operation1", 200, null, Quick);
        log.Summarise();
        var summary = lines.Lines.ToList();
        Assert.Equal(4, summary.Count);
        Assert.Contains(summary, l => l.Contains("GraphQL Operation1 answered 200 × 2", StringComparison.Ordinal));
        Assert.Contains(summary, l => l.Contains("GraphQL other operations answered 200 × 997", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_request_can_have_its_line()
    {
        var (log, lines) = Start(new RequestLogOptions { EveryRequest = true });
        log.Answered("Profile", 200, null, Quick);
        log.Answered("Profile", 200, null, Quick);
        Assert.Equal(2, lines.Lines.Count(l => l.Contains("GraphQL Profile answered 200 in 3.0 ms", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_request_answered_while_the_server_drains_is_in_the_last_summary()
    {
        var lines = new CapturedLogs();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(lines);
        // Registered before the request log, so stopped after it, as the web server is: it answers its last request
        // during its own stop.
        builder.Services.AddHostedService<DrainingServer>();
        builder.Services.AddSingleton(new RequestLogOptions());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<RequestLog>());
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.Contains(lines.Lines, l => l.Contains("GraphQL Draining answered 200 × 1 in the last", StringComparison.Ordinal));
    }

    private sealed class DrainingServer(RequestLog log) : Microsoft.Extensions.Hosting.IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            log.Answered("Draining", 200, null, Quick);
            return Task.CompletedTask;
        }
    }
}
