using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CountryRelations.Tests.Operations;

/// <summary>export → restore into an empty database → the same rows, hashes and seals, and verify exits 0; a cut-back copy fails verify --heads.</summary>
public sealed class ArchiveTests
{
    [Fact]
    public async Task Export_then_restore_gives_the_same_history_and_verify_holds_it_to_the_kept_heads()
    {
        var database = await TestDatabase.GetAsync();
        var source = await database.CreateScratchDatabaseAsync("archive_source");
        var target = await database.CreateScratchDatabaseAsync("archive_target");
        var server = await TestServer.StartAsync(new Dictionary<string, string?>(), (source, source));
        try
        {
            var importer = server.Services.GetRequiredService<DocumentImporter>();
            var (documents, _) = await ImportFolder.ListAsync([Path.Combine(AppContext.BaseDirectory, "samples")]);
            foreach (var (path, manifest) in documents!)
            {
                await importer.ImportAsync(manifest.Complete(new ImportRequest(Path.GetFileName(path), await File.ReadAllBytesAsync(path), RecordedBy: "archive-tests")));
            }
        }
        finally
        {
            await server.StopAsync();
        }

        var folder = Directory.CreateTempSubdirectory("archive-").FullName;
        var archive = Path.Combine(folder, "history.jsonl");
        var heads = Path.Combine(folder, "heads.jsonl");
        var copy = Path.Combine(folder, "copy.jsonl");

        var exported = await RunAsync(source, "export", archive, "--heads", heads);
        // A database of one's own is migrated by `migrate` alone: any other verb refuses it untouched, before any work.
        var unmigrated = await RunAsync(target, "restore", archive);
        var migrated = await RunAsync(target, "migrate");
        var restored = await RunAsync(target, "restore", archive);
        var again = await RunAsync(target, "restore", archive);
        var verified = await RunAsync(target, "verify", "--heads", heads, "--json");
        var reexported = await RunAsync(target, "export", copy);

        Assert.Equal(3, unmigrated.Exit);
        Assert.Contains("run `migrate` first", unmigrated.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (exported.Exit, migrated.Exit, restored.Exit));
        Assert.Equal(1, again.Exit);
        Assert.Contains("RESTORE_TARGET_NOT_EMPTY", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, verified.Exit);
        Assert.Contains("\"intact\":true", verified.Output, StringComparison.Ordinal);
        Assert.Equal(0, reexported.Exit);
        Assert.Equal(Rows(archive), Rows(copy));
        // The restore indexes every section for search at once; the index must be what the insert trigger wrote.
        var indexed = await RowsAsync(source, SearchIndex);
        Assert.NotEmpty(indexed);
        Assert.Equal(indexed, await RowsAsync(target, SearchIndex));
        // So are the heads and their sections' search, rebuilt at once, what the write path kept revision by revision.
        var headed = await RowsAsync(source, Heads);
        Assert.NotEmpty(headed);
        Assert.Equal(headed, await RowsAsync(target, Heads));
        Assert.Equal(await SampleImports.CountAsync(), Rows(archive).Count(line => line.StartsWith("{\"type\":\"revision\"", StringComparison.Ordinal)));
        // The restore drops the history's foreign keys, exclusion constraint and plain indexes for the load: every one
        // is back, as the migrations wrote it, and so are the triggers and checks it set aside.
        var schema = await RowsAsync(source, Schema);
        Assert.Contains(schema, row => row.Contains("ex_revisions_bitemporal", StringComparison.Ordinal));
        Assert.Contains(schema, row => row.Contains("FK_sections_revisions_revision_id", StringComparison.Ordinal));
        Assert.Equal(schema, await RowsAsync(target, Schema));

        // A copy cut back by its administrator — the newest revision of a profile and its checkpoints deleted — holds
        // together on its own, but not against the kept heads.
        await using (var connection = new NpgsqlConnection(target))
        {
            await connection.OpenAsync();
            await using var cut = new NpgsqlCommand(
                """
                BEGIN;
                SET LOCAL session_replication_role = replica;
                CREATE TEMP TABLE newest AS SELECT max(id) AS id, profile_id FROM revisions GROUP BY profile_id ORDER BY profile_id LIMIT 1;
                DELETE FROM chain_checkpoints c USING revisions r, newest n WHERE r.id = n.id AND c.profile_id = r.profile_id AND c.sequence = r.sequence;
                DELETE FROM sections WHERE revision_id IN (SELECT id FROM newest);
                DELETE FROM revisions WHERE id IN (SELECT id FROM newest);
                COMMIT;
                """, connection);
            await cut.ExecuteNonQueryAsync();
        }

        var cutBack = await RunAsync(target, "verify", "--heads", heads);
        Assert.Equal(1, cutBack.Exit);
        Assert.Contains("is no longer stored", cutBack.Output, StringComparison.Ordinal);

        // A body rewritten behind the guards is named with the code the README and the GraphQL enum use.
        await using (var connection = new NpgsqlConnection(target))
        {
            await connection.OpenAsync();
            await using var edit = new NpgsqlCommand(
                "BEGIN; SET LOCAL session_replication_role = replica; UPDATE sections SET body = 'Rewritten.' WHERE id = (SELECT min(id) FROM sections); COMMIT;", connection);
            await edit.ExecuteNonQueryAsync();
        }

        var altered = await RunAsync(target, "verify");
        Assert.Equal(1, altered.Exit);
        Assert.Contains(": CONTENT_ALTERED at revision", altered.Output + altered.Error, StringComparison.Ordinal);
    }

    private const string Schema = """
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint
        WHERE conrelid IN ('profiles'::regclass, 'revisions'::regclass, 'sections'::regclass, 'section_search'::regclass)
        UNION ALL
        SELECT pg_get_indexdef(indexrelid) FROM pg_index
        WHERE indrelid IN ('profiles'::regclass, 'revisions'::regclass, 'sections'::regclass, 'section_search'::regclass)
        UNION ALL
        SELECT tgrelid::regclass || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger
        WHERE NOT tgisinternal AND tgrelid IN ('revisions'::regclass, 'sections'::regclass)
        ORDER BY 1
        """;

    private const string SearchIndex = "SELECT section_id || ' ' || configuration::text || ' ' || document::text FROM section_search ORDER BY section_id";

    private const string Heads = """
        SELECT h.profile_id || ' ' || h.revision_id || ' ' || h.effective_from || ' ' || h.changed_at || ' '
               || coalesce((SELECT string_agg(hs.section_id || ' ' || hs.document::text, ' ' ORDER BY hs.section_id)
                            FROM head_section_search hs WHERE hs.profile_id = h.profile_id), '')
        FROM profile_heads h ORDER BY h.profile_id
        """;

    private static async Task<List<string>> RowsAsync(string connectionString, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    // Every line but the header (which says when it was written) and the trailer (whose digest covers the header).
    private static List<string> Rows(string archive) => File.ReadAllLines(archive).Skip(1).SkipLast(1).ToList();

    private static Task<(int Exit, string Output, string Error)> RunAsync(string connection, params string[] args) =>
        CliProcess.RunAsync(args, CliProcess.Database(connection, connection));
}
