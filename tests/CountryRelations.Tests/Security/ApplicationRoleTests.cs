using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CountryRelations.Tests.Infrastructure.TestData;

namespace CountryRelations.Tests.Security;

/// <summary>The role the server connects as cannot alter history by any means an administrator's role could.</summary>
public sealed class ApplicationRoleTests
{
    // Every statement the database refuses anyone (History/AppendOnlyHistoryTests), and what only an owner could do.
    public static TheoryData<string> Attempts => new(
    [
        .. History.AppendOnlyHistoryTests.TamperingStatements,
        "ALTER TABLE revisions DISABLE TRIGGER revisions_append_only",
        "ALTER TABLE revisions DISABLE TRIGGER ALL",
        "DROP TRIGGER revisions_append_only ON revisions",
        "ALTER TABLE revisions DROP CONSTRAINT ex_revisions_bitemporal",
        "DROP TABLE sections",
        "SET session_replication_role = replica",
        "CREATE TABLE decoy (id int)",
        "CREATE FUNCTION decoy() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        // Editors register and amend publishers, so the role may insert them; it may never rename or delete one.
        "UPDATE publishers SET code = 'ROGUE' WHERE code = 'US-DOS'",
        "DELETE FROM publishers WHERE code = 'SG-MFA'",
        "UPDATE profiles SET language = 'fr' WHERE id = (SELECT profile_id FROM revisions WHERE id = {0})",
        "DELETE FROM section_search",
        "INSERT INTO history_backfills (name) VALUES ('rogue')",
        "ALTER FUNCTION revisions_close_corrected() SECURITY INVOKER",
    ]);

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task The_application_role_is_refused(string attempt)
    {
        var server = await TestServer.GetAsync();
        var revision = await server.Services.GetRequiredService<RevisionStore>().PublishAsync(Publish(await NewPublisherAsync(server.Services), "2016-03-23", "Original."));
        await using var connection = new NpgsqlConnection((await TestDatabase.GetAsync()).ApplicationConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, attempt, revision.Id), connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        var stored = await server.Services.GetRequiredService<RevisionLoader>().FindAsync(revision.Id);
        Assert.Equal(("Original.", revision.RecordedBy), (stored!.Sections.Single().Body, stored.RecordedBy));
    }

    [Fact]
    public async Task The_server_connects_as_the_application_role()
    {
        var server = await TestServer.GetAsync();
        var contexts = server.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CountryRelations.Persistence.CountryRelationsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var connection = (NpgsqlConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        Assert.Equal(("countryrelations_app", false), (reader.GetString(0), reader.GetBoolean(1)));
    }
}
