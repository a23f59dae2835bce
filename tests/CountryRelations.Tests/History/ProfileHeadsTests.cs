using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Paging;
using CountryRelations.Profiles;
using CountryRelations.Search;
using CountryRelations.Tests.Infrastructure;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CountryRelations.Tests.Infrastructure.TestData;

namespace CountryRelations.Tests.History;

/// <summary>
/// The heads the write path keeps (migration <c>ProfileHeads</c>) against their definition: whatever order pages arrive
/// in, whatever is corrected and re-dated, a search in force on any date as known at any instant finds exactly the
/// sections of <c>revision_in_force</c> — through the heads where they serve, through the walk where they do not.
/// </summary>
public sealed class ProfileHeadsTests
{
    private static readonly string[] Words = ["alpha", "bravo", "charlie"];

    private static readonly DateOnly First = new(2016, 1, 1);

    private sealed record Step(bool Correct, int Day, int Word, int Target, bool Redate);

    private static readonly Gen<Step> Steps =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 4], Gen.Int[0, Words.Length - 1], Gen.Int[0, 9], Gen.Bool)
            .Select((kind, day, word, target, redate) => new Step(kind == 0, day, word, target, redate));

    [Fact]
    public async Task Search_in_force_finds_the_sections_of_the_revision_in_force_whatever_the_history() =>
        await Steps.Array[1, 7].SampleAsync(async steps =>
        {
            var server = await TestServer.GetAsync();
            var store = server.Services.GetRequiredService<RevisionStore>();
            var search = server.Services.GetRequiredService<SectionSearch>();
            var publisher = await NewPublisherAsync(server.Services);
            var instants = new List<DateTime>();
            long? profile = null;
            foreach (var step in steps)
            {
                instants.Add(DateTime.UtcNow);
                await Task.Delay(2);
                try
                {
                    if (step.Correct && profile is { } id && await CurrentAsync(id) is { Count: > 0 } current)
                    {
                        await store.CorrectAsync(new CorrectRevisionCommand(
                            current[step.Target % current.Count], [new SectionDraft("Economic relations", Words[step.Word])],
                            new Provenance("tests", Note: "corrected"), step.Redate ? First.AddDays(30 * step.Day) : null));
                    }
                    else
                    {
                        profile = (await store.PublishAsync(Publish(publisher, First.AddDays(30 * step.Day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Words[step.Word]))).ProfileId;
                    }
                }
                catch (DomainException)
                {
                    // A page on a date that already has one is refused; the heads must stay right all the same.
                }
            }

            instants.Add(DateTime.UtcNow);
            var dates = Enumerable.Range(0, 5).SelectMany(d => new[] { First.AddDays(30 * d - 1), First.AddDays(30 * d) })
                .Append(DateOnly.FromDateTime(DateTime.UtcNow)).ToList();
            foreach (var knownAt in instants)
            {
                foreach (var asOf in dates)
                {
                    foreach (var word in Words)
                    {
                        var page = await search.SearchAsync(
                            new SearchQuery(word, null, new ProfileFilter(null, publisher), asOf, knownAt), new PageRequest(First: 50));
                        var expected = profile is { } id ? await InForceSectionsAsync(id, asOf, knownAt, word) : [];
                        Assert.Equal(expected, page.Items.Select(i => i.Node.Section.Id).Order().ToList());
                        Assert.Equal(expected.Count, await page.TotalCountAsync());
                    }
                }
            }
        }, iter: 25, threads: 4);

    [Fact]
    public async Task A_later_page_moves_the_head_and_an_older_one_recorded_later_does_not()
    {
        var server = await TestServer.GetAsync();
        var store = server.Services.GetRequiredService<RevisionStore>();
        var publisher = await NewPublisherAsync(server.Services);
        var first = await store.PublishAsync(Publish(publisher, "2016-03-23", "alpha"));
        var later = await store.PublishAsync(Publish(publisher, "2017-05-10", "bravo"));
        var older = await store.PublishAsync(Publish(publisher, "2015-01-01", "charlie"));

        var (head, sections, changedAt) = await HeadAsync(first.ProfileId);

        Assert.Equal(later.Id, head);
        Assert.Equal(later.Sections.Select(s => s.Id), sections);
        Assert.Equal(older.RecordedAt, changedAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Correcting_the_head_moves_it_to_the_correction_and_its_sections()
    {
        var server = await TestServer.GetAsync();
        var store = server.Services.GetRequiredService<RevisionStore>();
        var publisher = await NewPublisherAsync(server.Services);
        var original = await store.PublishAsync(Publish(publisher, "2016-03-23", "alpha"));
        var correction = await store.CorrectAsync(new CorrectRevisionCommand(
            original.Id, [new SectionDraft("Economic relations", "bravo"), new SectionDraft("Political relations", "charlie")], new Provenance("tests", Note: "fix")));

        var (head, sections, changedAt) = await HeadAsync(original.ProfileId);

        Assert.Equal(correction.Id, head);
        Assert.Equal(correction.Sections.Select(s => s.Id).Order(), sections);
        Assert.Equal(correction.RecordedAt, changedAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task The_application_role_cannot_rewrite_heads()
    {
        var server = await TestServer.GetAsync();
        var store = server.Services.GetRequiredService<RevisionStore>();
        var publisher = await NewPublisherAsync(server.Services);
        var revision = await store.PublishAsync(Publish(publisher, "2016-03-23", "alpha"));
        await using var connection = new NpgsqlConnection((await TestDatabase.GetAsync()).ApplicationConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[]
                 {
                     $"UPDATE profile_heads SET changed_at = 'infinity' WHERE profile_id = {revision.ProfileId}",
                     $"DELETE FROM head_section_search WHERE profile_id = {revision.ProfileId}",
                     $"SELECT profile_heads_refresh({revision.ProfileId}, 'infinity')",
                     "CALL profile_heads_rebuild()",
                 })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }

    private static async Task<List<long>> CurrentAsync(long profile) =>
        await QueryAsync(
            "SELECT id FROM revisions WHERE profile_id = $1 AND upper_inf(system_period) ORDER BY id",
            r => r.GetInt64(0), profile);

    // The definition, asked directly: the sections of the revision in force whose text holds the word.
    private static async Task<List<long>> InForceSectionsAsync(long profile, DateOnly asOf, DateTime knownAt, string word) =>
        await QueryAsync(
            "SELECT s.id FROM revision_in_force($1, $2, $3) r JOIN sections s ON s.revision_id = r.id WHERE s.body = $4 ORDER BY s.id",
            r => r.GetInt64(0), profile, asOf, knownAt, word);

    private static async Task<(long? Head, List<long> Sections, DateTime ChangedAt)> HeadAsync(long profile)
    {
        var head = (await QueryAsync("SELECT revision_id, changed_at FROM profile_heads WHERE profile_id = $1",
            r => (r.IsDBNull(0) ? (long?)null : r.GetInt64(0), r.GetDateTime(1)), profile)).Single();
        var sections = await QueryAsync("SELECT section_id FROM head_section_search WHERE profile_id = $1 ORDER BY section_id", r => r.GetInt64(0), profile);
        return (head.Item1, sections, head.Item2);
    }

    private static async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read, params object[] values)
    {
        await using var connection = new NpgsqlConnection((await TestDatabase.GetAsync()).ApplicationConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
