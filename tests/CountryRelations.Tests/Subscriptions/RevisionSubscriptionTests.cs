using System.Text;
using CountryRelations.Api.Subscriptions;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Subscriptions;

/// <summary>Live changes over Server-Sent Events, delivered by every instance from PostgreSQL's LISTEN/NOTIFY.</summary>
public sealed class RevisionSubscriptionTests
{
    private const string Subscription = "subscription($p: String) { revisionRecorded(publisher: $p) { id sequence kind profile { country { code } } } }";

    [Fact]
    public async Task A_revision_written_through_one_instance_reaches_a_subscriber_on_another_and_a_gone_client_frees_everything()
    {
        var writer = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(writer.Services);
        var reader = await TestServer.StartAsync(new Dictionary<string, string?>());
        try
        {
            var feed = reader.Services.GetRequiredService<RevisionFeed>();
            await feed.Listening.WaitAsync(TimeSpan.FromSeconds(20));
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var request = new HttpRequestMessage(HttpMethod.Post, reader.GraphQLUri)
            {
                Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = Subscription, variables = new { p = publisher } }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await reader.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
            using var events = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
            Assert.Equal(": connected", await events.ReadLineAsync(cancel.Token));

            var recorded = await writer.Services.GetRequiredService<RevisionStore>().PublishAsync(TestData.Publish(publisher, "2016-03-23", "Live."), cancel.Token);
            var received = await NextEventAsync(events, cancel.Token);

            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"\"id\":\"{recorded.Id}\"", received, StringComparison.Ordinal);
            Assert.Contains("\"code\":\"KP\"", received, StringComparison.Ordinal);
            Assert.Equal(1, feed.Subscribers);

            response.Dispose();
            for (var i = 0; i < 50 && feed.Subscribers > 0; i++)
            {
                await Task.Delay(100);
            }

            Assert.Equal(0, feed.Subscribers);
        }
        finally
        {
            await reader.StopAsync();
        }
    }

    [Fact]
    public async Task A_query_over_an_event_stream_is_one_next_event_and_complete_and_a_subscription_needs_the_stream()
    {
        var server = await TestServer.GetAsync();
        using var response = await server.PostEventStreamAsync("{ countries(search: \"Senegal\") { code } }");
        var text = await response.Content.ReadAsStringAsync();
        var plain = await server.QueryAsync(Subscription, new { p = "FR-MFA" });

        Assert.Equal("event: next\ndata: {\"data\":{\"countries\":[{\"code\":\"SN\"}]}}\n\nevent: complete\ndata: \n\n", text);
        Assert.Equal("OPERATION_NOT_SUPPORTED", (string)plain["errors"]![0]!["extensions"]!["code"]!);
    }

    private static async Task<string> NextEventAsync(StreamReader events, CancellationToken cancellationToken)
    {
        while (await events.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "event: next")
            {
                return (await events.ReadLineAsync(cancellationToken))!;
            }
        }

        throw new InvalidOperationException("The stream ended without an event.");
    }
}
