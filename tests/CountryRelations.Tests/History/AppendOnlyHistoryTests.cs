using CountryRelations.History;
using CountryRelations.Persistence;
using CountryRelations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CountryRelations.Tests.Infrastructure.TestData;

namespace CountryRelations.Tests.History;

public sealed class AppendOnlyHistoryTests
{
    /// <summary>Statements that would alter recorded history; {0} is a revision id.</summary>
    public static readonly string[] TamperingStatements =
    [
        "UPDATE revisions SET recorded_by = 'someone else' WHERE id = {0}",
        "UPDATE revisions SET published_on = published_on - 1 WHERE id = {0}",
        "UPDATE revisions SET system_period = tstzrange(lower(system_period), now()) WHERE id = {0}",
        "DELETE FROM revisions WHERE id = {0}",
        "UPDATE sections SET body = 'rewritten' WHERE revision_id = {0}",
        "DELETE FROM sections WHERE revision_id = {0}",
        "TRUNCATE revisions CASCADE",
        "TRUNCATE sections",
    ];

    public static TheoryData<string> Tampering => new(TamperingStatements);

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task The_database_refuses_to_change_history(string statement)
    {
        var server = await TestServer.GetAsync();
        var publisher = await NewPublisherAsync(server.Services);
        var revision = await server.Services.GetRequiredService<RevisionStore>().PublishAsync(Publish(publisher, "2016-03-23", "Original text."));
        var database = await TestDatabase.GetAsync();

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, revision.Id), connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal("CR001", error.SqlState);
        var stored = await server.Services.GetRequiredService<RevisionLoader>().FindAsync(revision.Id);
        Assert.Equal("Original text.", stored!.Sections[0].Body);
        Assert.Null(stored.SupersededAt);
    }

    [Fact]
    public async Task System_time_is_stamped_by_the_database_not_the_client()
    {
        var server = await TestServer.GetAsync();
        var publisher = await NewPublisherAsync(server.Services);
        var profileId = (await server.Services.GetRequiredService<RevisionStore>().PublishAsync(Publish(publisher, "2016-03-23", "x"))).ProfileId;
        var database = await TestDatabase.GetAsync();

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            $"""
            INSERT INTO revisions (profile_id, sequence, kind, published_on, effective_from, system_period, recorded_by, content_sha256, seal_sha256)
            VALUES ({profileId}, 99, 'Publication', DATE '2010-01-01', DATE '2010-01-01', tstzrange('2000-01-01', NULL), 'backdater', repeat('a', 64), repeat('b', 64))
            RETURNING lower(system_period) > now() - interval '1 minute'
            """, connection);

        Assert.True((bool)(await insert.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Two_current_rows_for_one_effective_date_are_refused_by_the_exclusion_constraint()
    {
        var server = await TestServer.GetAsync();
        var publisher = await NewPublisherAsync(server.Services);
        var revision = await server.Services.GetRequiredService<RevisionStore>().PublishAsync(Publish(publisher, "2016-03-23", "x"));
        var contexts = server.Services.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO revisions (profile_id, sequence, kind, published_on, effective_from, recorded_by, content_sha256, seal_sha256)
            VALUES ({revision.ProfileId}, 50, 'Publication', DATE '2016-03-23', DATE '2016-03-23', 'bypass', repeat('a', 64), repeat('b', 64))
            """));

        Assert.Equal(PostgresErrorCodes.ExclusionViolation, error.SqlState);
    }
}
