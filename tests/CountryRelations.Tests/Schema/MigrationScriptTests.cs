using CountryRelations.Persistence;
using CountryRelations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CountryRelations.Tests.Schema;

public sealed class MigrationScriptTests
{
    [Fact]
    public async Task The_idempotent_deploy_script_builds_a_working_schema_and_can_run_twice()
    {
        var scratch = await (await TestDatabase.GetAsync()).CreateScratchDatabaseAsync("deploy");

        var server = await TestServer.GetAsync();
        var contexts = server.Services.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        await using var connection = new NpgsqlConnection(scratch);
        await connection.OpenAsync();
        for (var run = 0; run < 2; run++)
        {
            await using var apply = new NpgsqlCommand(script, connection);
            await apply.ExecuteNonQueryAsync();
        }

        await using var check = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM countries), (SELECT count(*) FROM pg_trigger WHERE tgname = 'revisions_append_only'),
                   (SELECT count(*) FROM pg_constraint WHERE conname = 'ex_revisions_bitemporal')
            """, connection);
        await using var reader = await check.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((249L, 1L, 1L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
    }
}
