using System.Diagnostics;
using CountryRelations.Integrity;
using CountryRelations.Persistence;
using CountryRelations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CountryRelations.Tests.Import;

/// <summary>The <c>import</c> verb killed with SIGKILL in the middle of a folder leaves whole documents only, and finishes on a second run.</summary>
public sealed class KilledImportTests
{
    private const int Pages = 150;

    [Fact]
    public async Task An_import_killed_mid_folder_leaves_no_partial_document_and_a_rerun_completes_it()
    {
        var server = await TestServer.GetAsync();
        var database = await TestDatabase.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var folder = Directory.CreateTempSubdirectory("killed-import-").FullName;
        for (var i = 0; i < Pages; i++)
        {
            var date = new DateOnly(2000, 1, 1).AddDays(i * 7);
            await File.WriteAllTextAsync(Path.Combine(folder, $"page-{i:D3}.txt"),
                $"France and Senegal\n\nPolitical relations\n\nPage {i}: relations are close.\n\nEconomic relations\n\nTrade grew by {i}%.\n\nUpdated: {date:dd/MM/yyyy}");
        }

        using (var first = Import(database, folder, publisher))
        {
            while (await StoredAsync(database, publisher) < 10 && !first.HasExited)
            {
                await Task.Delay(50);
            }

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var afterKill = await StoredAsync(database, publisher);
        var verification = await VerifyAsync(server, publisher);
        var partial = await PartialDocumentsAsync(database, publisher);

        using var second = Import(database, folder, publisher);
        var output = await second.StandardOutput.ReadToEndAsync();
        await second.WaitForExitAsync();

        Assert.InRange(afterKill, 10, Pages - 1);
        Assert.Equal(0, partial);
        Assert.True(verification.Intact, verification.FirstBroken?.ToString());
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(Pages, await StoredAsync(database, publisher));
        Assert.Contains($"{afterKill} AlreadyStored", output, StringComparison.Ordinal);
        Assert.Contains($"{Pages - afterKill} Created", output, StringComparison.Ordinal);
    }

    private static Process Import(TestDatabase database, string folder, string publisher) =>
        CliProcess.Start(["import", folder, "--publisher", publisher, "--recorded-by", "killed-import"],
            new Dictionary<string, string>(CliProcess.Database(database.ApplicationConnectionString, database.OwnerConnectionString)) { ["COLUMNS"] = "200" });

    private static async Task<int> StoredAsync(TestDatabase database, string publisher) =>
        await ScalarAsync(database, "SELECT count(*)::int FROM revisions r JOIN profiles p ON p.id = r.profile_id JOIN publishers u ON u.id = p.publisher_id WHERE u.code = @p", publisher);

    // A document is its revision and both its sections, or nothing.
    private static async Task<int> PartialDocumentsAsync(TestDatabase database, string publisher) =>
        await ScalarAsync(database, """
            SELECT count(*)::int FROM revisions r JOIN profiles p ON p.id = r.profile_id JOIN publishers u ON u.id = p.publisher_id
            WHERE u.code = @p AND (SELECT count(*) FROM sections s WHERE s.revision_id = r.id) <> 2
            """, publisher);

    private static async Task<int> ScalarAsync(TestDatabase database, string sql, string publisher)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", publisher);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<HistoryVerification> VerifyAsync(TestServer server, string publisher)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>().CreateDbContextAsync();
        var profile = await db.Profiles.Include(p => p.Publisher).Include(p => p.Country).SingleAsync(p => p.Publisher.Code == publisher);
        return await server.Services.GetRequiredService<HistoryVerifier>().VerifyAsync(profile);
    }
}
