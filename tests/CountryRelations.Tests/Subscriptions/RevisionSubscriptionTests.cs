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
            var stream = await EventStreamClient.OpenAsync(reader, Subscription, new { p = publisher }, cancellationToken: cancel.Token);

            var recorded = await writer.Services.GetRequiredService<RevisionStore>().PublishAsync(TestData.Publish(publisher, "2016-03-23", "Live."), cancel.Token);
            var received = await stream.NextAsync(cancel.Token);

            Assert.Equal("text/event-stream", stream.MediaType);
            Assert.Equal(recorded.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)received!.Value.Data!["data"]!["revisionRecorded"]!["id"]!);
            Assert.Equal("KP", (string)received.Value.Data!["data"]!["revisionRecorded"]!["profile"]!["country"]!["code"]!);
            Assert.Equal(1, feed.Subscribers);

            await stream.DisposeAsync();
            await Poll.UntilAsync(() => feed.Subscribers == 0);

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
}
