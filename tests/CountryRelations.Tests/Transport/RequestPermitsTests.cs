using System.Net;
using System.Text.Json.Nodes;
using CountryRelations.Api.Transport;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Transport;

/// <summary>Turns: every request takes one once its body is read; only a subscription trades it for a stream's place.</summary>
public sealed class RequestPermitsTests
{
    private const string Query = "{ countries(search: \"Senegal\") { code } }";
    private const string Subscription = "subscription { revisionRecorded { id } }";

    [Fact]
    public async Task Asking_for_an_event_stream_buys_no_turn_and_an_open_stream_holds_none()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Limits:MaxConcurrentRequests"] = "1", ["Limits:MaxQueuedRequests"] = "0" });
        try
        {
            var permits = server.Services.GetRequiredService<RequestPermits>();
            var (turn, _) = await permits.RequestAsync(CancellationToken.None);
            using (turn)
            {
                // Every turn is taken: a query or a subscription asked for as a stream waits like any request.
                foreach (var document in new[] { Query, Subscription, "mutation { __typename }" })
                {
                    await using var refused = await EventStreamClient.OpenAsync(server, document);
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
                    Assert.Equal("SERVER_BUSY", (string)JsonNode.Parse(await refused.ReadAllAsync())!["errors"]![0]!["extensions"]!["code"]!);
                }
            }

            await using var stream = await EventStreamClient.OpenAsync(server, Subscription);
            var answer = await server.QueryAsync(Query);

            Assert.Equal(HttpStatusCode.OK, stream.Status);
            Assert.Equal(0, permits.RequestsRunning);
            Assert.Equal(1, permits.StreamsOpen);
            Assert.Equal("SN", (string)answer["data"]!["countries"]![0]!["code"]!);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    [Fact]
    public async Task Slow_senders_hold_no_turn()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Limits:MaxConcurrentRequests"] = "2", ["Limits:MaxQueuedRequests"] = "0" });
        var senders = new List<SlowSender>();
        try
        {
            // Sixteen clients promise bodies and trickle them: each has sent a few bytes and will take seconds more.
            for (var i = 0; i < 16; i++)
            {
                senders.Add(await SlowSender.StartAsync(server.GraphQLUri, promised: 1_000, sent: 20));
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            using var response = await server.PostAsync(Query);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(3), $"answered in {started.Elapsed}");
        }
        finally
        {
            senders.ForEach(s => s.Dispose());
            await server.StopAsync();
        }
    }
}
