using CountryRelations.Profiles;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using CountryRelations.History;
using CountryRelations.Integrity;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CountryRelations.Tests.Integrity;

public sealed class HistoryVerificationTests
{
    private const string Verify = """
        query($p: String) { verifyHistory(country: "SN", publisher: $p) { intact revisionsChecked headSha256 firstBrokenLink { revisionId sequence reason expected stored } } }
        """;

    private static async Task<(TestServer Server, string Publisher, long[] Ids)> SenegalHistoryAsync()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var first = await SampleImports.ImportAsync(server, publisher, "fr-en_senegal_2016.txt");
        var second = await SampleImports.ImportAsync(server, publisher, "fr-en_senegal_2017.txt");
        var correction = await server.QueryAsync(
            """
            mutation($id: ID!) { correctRevision(input: { revision: $id, recordedBy: "auditor", note: "Typo in the heading",
              sections: [{ heading: "Political relations", body: "Corrected text." }] }) { id } }
            """,
            new { id = second.Revision!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var correctionId = long.Parse((string)correction["data"]!["correctRevision"]!["id"]!, System.Globalization.CultureInfo.InvariantCulture);
        return (server, publisher, [first.Revision!.Id, second.Revision.Id, correctionId]);
    }

    // As a superuser with triggers off, the way someone with full database access could rewrite history.
    private static async Task TamperAsync(string sql, long id)
    {
        var database = await TestDatabase.GetAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET session_replication_role = replica; {sql}; SET session_replication_role = origin;", connection);
        command.Parameters.AddWithValue("id", id);
        Assert.True(await command.ExecuteNonQueryAsync() > 0);
    }

    private static JsonNode Verification(JsonObject json) => json["data"]!["verifyHistory"]!;

    [Fact]
    public async Task A_recorded_history_with_a_correction_verifies_intact()
    {
        var (server, publisher, ids) = await SenegalHistoryAsync();

        var result = Verification(await server.QueryAsync(Verify, new { p = publisher }));
        var rows = await server.QueryAsync("query($id: ID!) { revision(id: $id) { contentSha256 sealSha256 previousSha256 corrects { contentSha256 } } }", new { id = ids[2].ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True((bool)result["intact"]!);
        Assert.Equal(3, (int)result["revisionsChecked"]!);
        var correction = rows["data"]!["revision"]!;
        Assert.Equal((string)correction["sealSha256"]!, (string)result["headSha256"]!);
        Assert.Equal((string)correction["corrects"]!["contentSha256"]!, (string)correction["previousSha256"]!);
    }

    [Fact]
    public async Task A_section_rewritten_behind_the_triggers_is_reported_as_altered_content()
    {
        var (server, publisher, ids) = await SenegalHistoryAsync();

        await TamperAsync("UPDATE sections SET body = body || ' (amended)' WHERE revision_id = @id", ids[1]);

        var broken = Verification(await server.QueryAsync(Verify, new { p = publisher }))["firstBrokenLink"]!;
        Assert.Equal((ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture), 2, "CONTENT_ALTERED"), ((string)broken["revisionId"]!, (int)broken["sequence"]!, (string)broken["reason"]!));
        Assert.NotEqual((string)broken["expected"]!, (string)broken["stored"]!);
    }

    [Fact]
    public async Task A_rehashed_row_still_breaks_the_link_of_the_row_after_it()
    {
        var (server, publisher, ids) = await SenegalHistoryAsync();

        // A careful forger alters the first row and gives it the right hash for its new content...
        await TamperAsync("UPDATE sections SET body = replace(body, 'close', 'distant') WHERE revision_id = @id", ids[0]);
        // (read from the table: the server's memory keeps the content as it was recorded)
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>().CreateDbContextAsync();
        var altered = await db.Revisions.Include(r => r.Sections.OrderBy(s => s.Position)).Include(r => r.Profile).ThenInclude(p => p.Publisher)
            .Include(r => r.Profile).ThenInclude(p => p.Country).AsSplitQuery().SingleAsync(r => r.Id == ids[0]);
        var forged = CanonicalRevision.Hash(altered, ProfileKey.Of(altered.Profile), altered.PreviousSha256);
        await TamperAsync($"UPDATE revisions SET content_sha256 = '{forged}' WHERE id = @id", ids[0]);

        // ...but the next row still names the original hash.
        var broken = Verification(await server.QueryAsync(Verify, new { p = publisher }))["firstBrokenLink"]!;
        Assert.Equal((2, "LINK_BROKEN", forged), ((int)broken["sequence"]!, (string)broken["reason"]!, (string)broken["expected"]!));
    }

    [Fact]
    public async Task A_deleted_revision_is_reported_missing_and_verify_all_lists_the_profile()
    {
        var (server, publisher, ids) = await SenegalHistoryAsync();

        await TamperAsync("DELETE FROM sections WHERE revision_id = @id; DELETE FROM revisions WHERE id = @id", ids[0]);

        var broken = Verification(await server.QueryAsync(Verify, new { p = publisher }))["firstBrokenLink"]!;
        Assert.Equal((1, "REVISION_MISSING"), ((int)broken["sequence"]!, (string)broken["reason"]!));
        var all = await server.QueryAsync("{ verifyAllHistory { intact profile { publisher { code } } firstBrokenLink { reason } } }");
        var ours = Assert.Single(all["data"]!["verifyAllHistory"]!.AsArray(), v => (string)v!["profile"]!["publisher"]!["code"]! == publisher)!;
        Assert.False((bool)ours["intact"]!);
    }

    [Fact]
    public async Task Verifying_a_profile_never_recorded_is_a_coded_error()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var json = await server.QueryAsync(Verify, new { p = publisher });

        Assert.Equal("PROFILE_NOT_FOUND", (string)json["errors"]![0]!["extensions"]!["code"]!);
    }
}
