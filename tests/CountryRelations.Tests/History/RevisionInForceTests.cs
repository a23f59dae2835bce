using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Paging;
using CountryRelations.Profiles;
using CountryRelations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CountryRelations.Tests.Infrastructure.TestData;

namespace CountryRelations.Tests.History;

public sealed class RevisionInForceTests
{
    private sealed record Reads(RevisionInForce InForce, ProfileTimeline Timeline, RevisionLoader Revisions, RevisionCorrections Corrections);

    private static async Task<(RevisionStore Store, Reads AsOf, string Publisher)> ArrangeAsync()
    {
        var server = await TestServer.GetAsync();
        return (server.Services.GetRequiredService<RevisionStore>(), new Reads(server.Services.GetRequiredService<RevisionInForce>(), server.Services.GetRequiredService<ProfileTimeline>(), server.Services.GetRequiredService<RevisionLoader>(), server.Services.GetRequiredService<RevisionCorrections>()), await NewPublisherAsync(server.Services));
    }

    [Fact]
    public async Task Valid_time_picks_the_revision_in_force_on_each_date()
    {
        var (store, asOf, publisher) = await ArrangeAsync();
        var first = await store.PublishAsync(Publish(publisher, "2016-03-23", "Trade: €6.4 million in 2014."));
        var second = await store.PublishAsync(Publish(publisher, "2017-05-10", "Trade: €8.2 million in 2016."));
        var now = DateTime.UtcNow;

        Assert.Null(await asOf.InForce.OfProfileAsync(first.ProfileId, Date("2016-03-22"), now));
        Assert.Equal(first.Id, (await asOf.InForce.OfProfileAsync(first.ProfileId, Date("2016-03-23"), now))!.Id);
        Assert.Equal(first.Id, (await asOf.InForce.OfProfileAsync(first.ProfileId, Date("2017-05-09"), now))!.Id);
        Assert.Equal(second.Id, (await asOf.InForce.OfProfileAsync(first.ProfileId, Date("2017-05-10"), now))!.Id);
        Assert.Equal(second.Id, (await asOf.InForce.OfProfileAsync(first.ProfileId, Date("2030-01-01"), now))!.Id);
    }

    [Fact]
    public async Task An_older_page_recorded_later_takes_its_place_in_valid_time()
    {
        var (store, asOf, publisher) = await ArrangeAsync();
        var newer = await store.PublishAsync(Publish(publisher, "2018-01-01", "Newer text."));
        var older = await store.PublishAsync(Publish(publisher, "2015-01-01", "Older text."));

        var timeline = await asOf.Timeline.ListAsync(newer.ProfileId, null, null, DateTime.UtcNow);

        Assert.Equal([older.Id, newer.Id], timeline.Select(e => e.Revision.Id));
        Assert.Equal(Date("2018-01-01"), timeline[0].ValidUntil);
        Assert.Null(timeline[1].ValidUntil);
        Assert.Equal((1, 2), (newer.Sequence, older.Sequence)); // sequence is recording order, not valid time
    }

    [Fact]
    public async Task Known_at_before_a_correction_shows_what_was_stored_then()
    {
        var (store, asOf, publisher) = await ArrangeAsync();
        var original = await store.PublishAsync(Publish(publisher, "2016-03-23", "Trade: €6.4 billion in 2014."));
        var beforeCorrection = DateTime.UtcNow;
        await Task.Delay(5);
        var correction = await store.CorrectAsync(new CorrectRevisionCommand(
            original.Id, [new SectionDraft("Economic relations", "Trade: €6.4 million in 2014.")], new Provenance("tests", Note: "billion was a typo")));

        var then = await asOf.InForce.OfProfileAsync(original.ProfileId, Date("2016-04-01"), beforeCorrection);
        var now = await asOf.InForce.OfProfileAsync(original.ProfileId, Date("2016-04-01"), DateTime.UtcNow);
        var stored = await asOf.Revisions.FindAsync(original.Id);

        Assert.Equal(original.Id, then!.Id);
        Assert.Contains("billion", then.Sections[0].Body, StringComparison.Ordinal);
        Assert.Equal(correction.Id, now!.Id);
        Assert.Contains("million", now.Sections[0].Body, StringComparison.Ordinal);
        Assert.Equal(original.Id, correction.CorrectsRevisionId);
        Assert.Equal(correction.RecordedAt, stored!.SupersededAt);
        Assert.Equal(correction.Id, Assert.Single((await asOf.Corrections.OfManyAsync([original.Id]))[original.Id]).Id);
    }

    [Fact]
    public async Task A_superseded_row_cannot_be_corrected_again()
    {
        var (store, _, publisher) = await ArrangeAsync();
        var original = await store.PublishAsync(Publish(publisher, "2016-03-23", "First."));
        var fix = new CorrectRevisionCommand(original.Id, [new SectionDraft("Economic relations", "Second.")], new Provenance("tests", Note: "fix"));
        await store.CorrectAsync(fix);

        var error = await Assert.ThrowsAsync<DomainException>(() => store.CorrectAsync(fix));

        Assert.Equal(ErrorCodes.RevisionSuperseded, error.Code);
    }

    [Fact]
    public async Task Topic_across_profiles_returns_each_profiles_section_in_force()
    {
        var (store, asOf, publisher) = await ArrangeAsync();
        await store.PublishAsync(Publish(publisher, "2016-01-01", "Korea trade.", country: "KP"));
        await store.PublishAsync(Publish(publisher, "2016-06-01", "Senegal trade.", country: "SN"));
        await store.PublishAsync(Publish(publisher, "2017-01-01", "Senegal trade, later.", country: "SN"));

        var topic = (await TestServer.GetAsync()).Services.GetRequiredService<TopicAcrossProfiles>();

        var page = await topic.PageAsync(
            CountryRelations.Topics.Topic.Economic, Date("2016-12-31"), DateTime.UtcNow, new ProfileFilter(["KP", "SN"], publisher), new PageRequest());
        var next = await topic.PageAsync(
            CountryRelations.Topics.Topic.Economic, Date("2016-12-31"), DateTime.UtcNow, new ProfileFilter(["KP", "SN"], publisher), new PageRequest(First: 1, After: page.Items[0].Cursor));

        Assert.Equal(["Korea trade.", "Senegal trade."], page.Items.Select(s => s.Node.Section.Body));
        Assert.Equal((2, "Senegal trade."), ((await page.TotalCountAsync())!.Value, next.Items.Single().Node.Section.Body));
    }

    [Fact]
    public async Task The_as_of_lookup_is_an_index_probe_not_a_scan()
    {
        var server = await TestServer.GetAsync();
        var contexts = server.Services.GetRequiredService<IDbContextFactory<CountryRelations.Persistence.CountryRelationsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // With few rows the planner may rightly pick any plan; what must hold is that ix_revisions_as_of serves this
        // lookup in its order, with no scan and no sort, so forbid those and see that the index alone can answer.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off");
        var plan = string.Join('\n', await db.Database.SqlQueryRaw<string>(
            """
            EXPLAIN SELECT r.id FROM profiles p
            CROSS JOIN LATERAL revision_in_force(p.id, DATE '2016-04-01', now()) r
            WHERE p.id = ANY(ARRAY[1, 2]::bigint[])
            """).ToListAsync());

        // revision_in_force, the one definition of "in force", is inlined: no function scan, one index probe per profile.
        Assert.True(plan.Contains("Index Scan using ix_revisions_as_of", StringComparison.Ordinal), plan);
        Assert.DoesNotContain("Function Scan", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }
}
