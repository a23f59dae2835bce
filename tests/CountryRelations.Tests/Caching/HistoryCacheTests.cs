using System.Text.Json.Nodes;
using CountryRelations.Caching;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Caching;

public sealed class HistoryCacheTests
{
    private const string AsOf = """
        query($p: String!, $at: Date!) { profile(country: "KP", publisher: $p, asOf: $at) { id publishedOn supersededAt sections { heading body } } }
        """;

    private static async Task<(int Statements, JsonNode? Revision)> AsOfAsync(TestServer server, string publisher, string date)
    {
        var (statements, response) = await SqlStatementCounter.QueryAsync(server, AsOf, new { p = publisher, at = date });
        return (statements, response["data"]!["profile"]);
    }

    [Fact]
    public async Task A_repeated_as_of_read_is_one_statement_and_answers_the_same()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        await server.Services.GetRequiredService<RevisionStore>().PublishAsync(TestData.Publish(publisher, "2019-06-01", "Trade grew by 4% in 2018."));

        var (cold, first) = await AsOfAsync(server, publisher, "2020-01-01");
        // Another date in force under the same revision: the same request again could be answered by the answer cache,
        // without a statement at all; this one reaches the history.
        var (warm, second) = await AsOfAsync(server, publisher, "2020-01-02");

        Assert.Equal("Trade grew by 4% in 2018.", (string)first!["sections"]![0]!["body"]!);
        Assert.Equal(first.ToJsonString(), second!.ToJsonString());
        Assert.True(cold > 0, "no statement was counted: is Npgsql tracing reaching the listener?");
        // The profile and the row come from memory; only "which revision is in force" is asked.
        Assert.Equal(1, warm);
    }

    [Fact]
    public async Task A_correction_closes_the_cached_row_at_once()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<RevisionStore>();
        var original = await store.PublishAsync(TestData.Publish(publisher, "2019-06-01", "Trade grew by 4% in 2018."));
        var history = server.Services.GetRequiredService<RevisionLoader>();
        Assert.Null((await history.FindAsync(original.Id))!.SupersededAt);

        var correction = await store.CorrectAsync(new CorrectRevisionCommand(original.Id, [new SectionDraft("Economic relations", "Trade grew by 5% in 2018.")], new Provenance("tests", Note: "figure mistyped")));

        // The cached original is refreshed with the period the query read: no stale "still current".
        var reread = (await history.FindAsync(original.Id))!;
        Assert.Equal(correction.RecordedAt, reread.SupersededAt);
        Assert.Equal("Trade grew by 4% in 2018.", reread.Sections[0].Body);
        var (_, now) = await AsOfAsync(server, publisher, "2020-01-01");
        Assert.Equal("Trade grew by 5% in 2018.", (string)now!["sections"]![0]!["body"]!);
    }

    [Fact]
    public void The_cache_stays_within_its_bound()
    {
        using var cache = new HistoryCache(sizeLimit: 200_000);
        for (var id = 1; id <= 500; id++)
        {
            cache.Add(new Revisions.Revision
            {
                Id = id, RecordedBy = "tests",
                Sections = [new Revisions.Section { Heading = "Economic relations", Body = new string('x', 5_000) }],
            });
        }

        // Each row counts about 11 KB; the bound holds some 18 of them, and eviction runs in the background.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (cache.Usage.Bytes > 200_000 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.InRange(cache.Usage.Bytes, 1, 200_000);
        Assert.InRange(cache.Usage.Entries, 1, 20);
        // Once room is made, a row read again is held again (a row that does not fit is refused, not squeezed in).
        Revisions.Revision? held = null;
        while (held is null && DateTime.UtcNow < deadline.AddSeconds(5))
        {
            cache.Add(new Revisions.Revision { Id = 501, RecordedBy = "tests", Sections = [new Revisions.Section { Heading = "H", Body = "B" }] });
            if (!cache.TryGetRevision(501, out held))
            {
                Thread.Sleep(20);
            }
        }

        Assert.NotNull(held);
        Assert.Equal("B", held.Sections[0].Body);
    }
}
