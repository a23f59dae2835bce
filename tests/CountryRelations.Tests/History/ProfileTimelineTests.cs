using CountryRelations.History;
using CountryRelations.Profiles;
using CountryRelations.Revisions;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.History;

/// <summary>The revisions an import decides on are exactly the timeline's of the same date or document, in its order.</summary>
public sealed class ProfileTimelineTests
{
    [Fact]
    public async Task The_revisions_of_a_date_or_a_document_are_the_timelines_own_in_its_order()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<RevisionStore>();
        var timeline = server.Services.GetRequiredService<ProfileTimeline>();
        var selector = new ProfileSelector("KP", publisher, "en");
        string Sha(char c) => new(c, 64);
        PublishRevisionCommand Page(string date, string text, char sha, RevisionKind kind = RevisionKind.Publication, string? effective = null) =>
            new(selector, TestData.Date(date), [new SectionDraft("Economic relations", text)], new Provenance("tests", SourceSha256: Sha(sha)),
                Kind: kind, EffectiveFrom: effective is null ? null : TestData.Date(effective));

        // Recorded out of date order, with a silent edit of one date and a correction of another.
        var first = await store.PublishAsync(Page("2016-03-23", "Trade grew.", 'a'));
        await store.PublishAsync(Page("2015-01-10", "Talks began.", 'b'));
        await store.PublishAsync(Page("2016-03-23", "Trade grew fast.", 'c', RevisionKind.SilentEdit, "2016-05-01"));
        await store.PublishAsync(Page("2017-02-01", "Trade fell.", 'a'));
        await store.CorrectAsync(new CorrectRevisionCommand(first.Id, [new SectionDraft("Economic relations", "Trade grew by 4%.")], new Provenance("tests", Note: "Misprint.")));
        var profileId = first.ProfileId;
        var now = DateTime.UtcNow;
        var whole = (await timeline.ListAsync(profileId, null, null, now)).Select(e => e.Revision).ToList();

        foreach (var date in new[] { "2016-03-23", "2015-01-10", "2017-02-01", "2018-01-01" })
        {
            foreach (var sha in new[] { 'a', 'b', 'c', 'z' })
            {
                var expected = whole.Where(r => r.PublishedOn == TestData.Date(date) || r.SourceSha256 == Sha(sha)).Select(r => r.Id).ToList();

                var found = await timeline.OfDateOrDocumentAsync(profileId, TestData.Date(date), Sha(sha), now);

                Assert.Equal(expected, found.Select(r => r.Id).ToList());
                Assert.All(found, r => Assert.NotEmpty(r.Sections));
            }
        }

        // As known before the correction, the corrected row is still the one of its date.
        var before = await timeline.OfDateOrDocumentAsync(profileId, TestData.Date("2016-03-23"), Sha('z'), first.RecordedAt);
        Assert.Equal([first.Id], before.Select(r => r.Id).ToList());
        // Four current rows: the correction stands in for the row it corrected.
        Assert.Equal(4, whole.Count);
    }
}
