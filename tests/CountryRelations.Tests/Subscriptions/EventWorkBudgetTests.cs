using System.Text.Json.Nodes;
using CountryRelations.Api.Subscriptions;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Subscriptions;

/// <summary>Each event of a stream runs in a scope of its own, within its own time.</summary>
public sealed class EventWorkBudgetTests
{
    private const string Compared = "subscription($p: String) { revisionRecorded(publisher: $p) { id comparedToPrevious { from { id } } } }";

    [Fact]
    public async Task Every_event_reads_now_afresh_so_a_later_revision_names_the_predecessor_recorded_after_the_first_event()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<RevisionStore>();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        await using var stream = await EventStreamClient.OpenAsync(server, Compared, new { p = publisher }, cancellationToken: cancel.Token);

        // The first event (another profile) is when a stream used to read "now" once and for all.
        await store.PublishAsync(TestData.Publish(publisher, "2016-03-23", "First profile.", country: "KP"), cancel.Token);
        var first = await stream.NextAsync(cancel.Token);
        var older = await store.PublishAsync(TestData.Publish(publisher, "2016-03-23", "Older.", country: "SN"), cancel.Token);
        await stream.NextAsync(cancel.Token);
        var newer = await store.PublishAsync(TestData.Publish(publisher, "2017-05-02", "Newer.", country: "SN"), cancel.Token);
        var third = await stream.NextAsync(cancel.Token);

        Assert.Equal("next", first?.Name);
        Assert.Equal(newer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)third!.Value.Data!["data"]!["revisionRecorded"]!["id"]!);
        Assert.Equal(older.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)third.Value.Data!["data"]!["revisionRecorded"]!["comparedToPrevious"]!["from"]!["id"]!);
    }

    [Fact]
    public async Task An_event_that_cannot_get_a_turn_in_time_is_a_coded_error_and_the_stream_goes_on()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Limits:MaxConcurrentEventWork"] = "1", ["Limits:EventTimeout"] = "00:00:00.300" });
        try
        {
            await server.Services.GetRequiredService<RevisionFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(20));
            var budget = server.Services.GetRequiredService<EventWorkBudget>();
            var publisher = await TestData.NewPublisherAsync(server.Services);
            var store = server.Services.GetRequiredService<RevisionStore>();
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(40));
            await using var stream = await EventStreamClient.OpenAsync(server, Compared, new { p = publisher }, cancellationToken: cancel.Token);

            // Every turn is taken (as by a burst of events on other streams): this event waits past its time.
            (string Name, JsonObject? Data)? late;
            using (await budget.TurnAsync(cancel.Token))
            {
                await store.PublishAsync(TestData.Publish(publisher, "2016-03-23", "Late."), cancel.Token);
                late = await stream.NextAsync(cancel.Token);
            }

            var next = await store.PublishAsync(TestData.Publish(publisher, "2017-05-02", "In time."), cancel.Token);
            var served = await stream.NextAsync(cancel.Token);

            Assert.Equal("next", late?.Name);
            Assert.Equal("TIMEOUT", (string)late!.Value.Data!["errors"]![0]!["extensions"]!["code"]!);
            Assert.Equal(next.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)served!.Value.Data!["data"]!["revisionRecorded"]!["id"]!);
        }
        finally
        {
            await server.StopAsync();
        }
    }
}
