using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CountryRelations.Tests.Infrastructure.TestData;

namespace CountryRelations.Tests.History;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_publishes_expecting_the_same_latest_revision_exactly_one_wins()
    {
        var server = await TestServer.GetAsync();
        var store = server.Services.GetRequiredService<RevisionStore>();
        var asOf = server.Services.GetRequiredService<ProfileTimeline>();
        var publisher = await NewPublisherAsync(server.Services);
        var latest = await store.PublishAsync(Publish(publisher, "2016-03-23", "Base."));

        for (var round = 0; round < 5; round++)
        {
            var attempts = Enumerable.Range(0, 4)
                .Select(i => Task.Run(() => store.PublishAsync(Publish(publisher, $"2017-0{round + 1}-1{i}", $"Round {round} writer {i}.", expectedLatest: latest.Id))))
                .ToList();
            var outcomes = await Task.WhenAll(attempts.Select(async t =>
            {
                try
                {
                    return (Revision: (Revisions.Revision?)await t, Code: (string?)null);
                }
                catch (DomainException e)
                {
                    return (Revision: null, Code: e.Code);
                }
            }));

            var winner = Assert.Single(outcomes, o => o.Revision is not null).Revision!;
            Assert.All(outcomes.Where(o => o.Revision is null), o => Assert.Equal(ErrorCodes.RevisionConflict, o.Code));
            latest = winner;
        }

        var timeline = await asOf.ListAsync(latest.ProfileId, null, null, DateTime.UtcNow);
        Assert.Equal(6, timeline.Count);
        Assert.Equal(Enumerable.Range(1, 6), timeline.Select(e => e.Revision.Sequence).Order());
    }

    [Fact]
    public async Task A_stale_expected_revision_is_refused_and_nothing_is_written()
    {
        var server = await TestServer.GetAsync();
        var store = server.Services.GetRequiredService<RevisionStore>();
        var publisher = await NewPublisherAsync(server.Services);
        var first = await store.PublishAsync(Publish(publisher, "2016-01-01", "One."));
        await store.PublishAsync(Publish(publisher, "2016-06-01", "Two."));

        var error = await Assert.ThrowsAsync<DomainException>(() => store.PublishAsync(Publish(publisher, "2017-01-01", "Three.", expectedLatest: first.Id)));

        Assert.Equal(ErrorCodes.RevisionConflict, error.Code);
        var timeline = await server.Services.GetRequiredService<ProfileTimeline>().ListAsync(first.ProfileId, null, null, DateTime.UtcNow);
        Assert.Equal(2, timeline.Count);
    }
}
