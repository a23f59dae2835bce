using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CountryRelations.Api.Security;
using CountryRelations.Api.Subscriptions;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Transport;

/// <summary>How a stream ends: at its token's expiry, when its client stops reading, when the server stops.</summary>
public sealed class EventStreamResponderTests
{
    // A publisher of the test's own, so that no other test's revision arrives first; recordedBy is for auditors only.
    private const string Subscription = "subscription($p: String) { revisionRecorded(publisher: $p) { id recordedBy } }";

    [Fact]
    public async Task A_stream_ends_when_its_token_expires_with_an_error_saying_so_then_complete()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var token = TokenIssuer.Issue(TestServer.Jwt, "short-lived", [Roles.Auditor], TimeSpan.FromSeconds(2));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var opened = System.Diagnostics.Stopwatch.StartNew();
        await using var stream = await EventStreamClient.OpenAsync(server, Subscription, new { p = publisher }, token: token, cancellationToken: cancel.Token);

        var last = await stream.NextAsync(cancel.Token);
        var end = await stream.NextAsync(cancel.Token);

        Assert.Equal("next", last?.Name);
        Assert.Equal("UNAUTHENTICATED", (string)last!.Value.Data!["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("complete", end?.Name);
        Assert.InRange(opened.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_cut_off_and_frees_its_subscription()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Limits:StreamWriteTimeout"] = "00:00:01" });
        try
        {
            var feed = server.Services.GetRequiredService<RevisionFeed>();
            await feed.Listening.WaitAsync(TimeSpan.FromSeconds(20));
            var publisher = await TestData.NewPublisherAsync(server.Services);

            // Thirty copies of a 90,000-character body per event: a few events fill every buffer between us.
            var aliases = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"b{i}: sections {{ body }}"));
            var body = JsonSerializer.Serialize(new { query = $"subscription($p: String) {{ revisionRecorded(publisher: $p) {{ {aliases} }} }}", variables = new { p = publisher } });
            using var frozen = new TcpClient { ReceiveBufferSize = 4096 };
            await frozen.ConnectAsync(server.GraphQLUri.Host, server.GraphQLUri.Port);
            var request = $"POST /graphql HTTP/1.1\r\nHost: {server.GraphQLUri.Authority}\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
            await frozen.GetStream().WriteAsync(Encoding.UTF8.GetBytes(request));
            await Poll.UntilAsync(() => feed.Subscribers > 0);

            Assert.Equal(1, feed.Subscribers);
            var store = server.Services.GetRequiredService<RevisionStore>();
            var text = string.Join(" ", Enumerable.Repeat("Trade grew again in the second quarter.", 2_300));
            for (var day = 1; day <= 12 && feed.Subscribers > 0; day++)
            {
                await store.PublishAsync(TestData.Publish(publisher, $"2016-03-{day:00}", text + " Day " + day + "."));
                await Task.Delay(300);
            }

            await Poll.UntilAsync(() => feed.Subscribers == 0);

            Assert.Equal(0, feed.Subscribers);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    [Fact]
    public async Task Stopping_the_server_completes_its_streams()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?>());
        var publisher = await TestData.NewPublisherAsync(server.Services);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var stream = await EventStreamClient.OpenAsync(server, "subscription($p: String) { revisionRecorded(publisher: $p) { id } }", new { p = publisher }, cancellationToken: cancel.Token);

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        var stopped = server.App.StopAsync(cancel.Token);
        var end = await stream.NextAsync(cancel.Token);
        await stopped;
        await server.StopAsync();

        Assert.Equal("complete", end?.Name);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"stopped in {stopping.Elapsed}");
    }
}
