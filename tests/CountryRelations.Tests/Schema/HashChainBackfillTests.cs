using CountryRelations.Integrity;
using CountryRelations.Persistence;
using CountryRelations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CountryRelations.Tests.Schema;

public sealed class HashChainBackfillTests
{
    [Fact]
    public async Task Rows_recorded_before_the_hash_chain_are_hashed_once_and_a_laundered_row_is_not_sealed_again()
    {
        var connectionString = await (await TestDatabase.GetAsync()).CreateScratchDatabaseAsync("backfill");
        var options = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        options.UseCountryRelationsStore(connectionString);
        var contexts = new PooledDbContextFactory<CountryRelationsDbContext>(options.Options);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261128164508_InitialHistoryStore");

            // Two revisions written by the first schema, which had no hash columns.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO profiles (publisher_id, country_code, language) VALUES (1, 'SN', 'en');
                INSERT INTO revisions (profile_id, sequence, kind, published_on, effective_from, recorded_by)
                    SELECT id, s, 'Publication', d, d, 'before-hashing' FROM profiles, (VALUES (1, DATE '2016-04-01'), (2, DATE '2017-07-01')) v(s, d);
                INSERT INTO sections (revision_id, position, topic, heading, body)
                    SELECT id, 0, 'Political', 'Political relations', 'Text ' || sequence FROM revisions;
                """);
            await migrator.MigrateAsync();
        }

        await using var tamper = await contexts.CreateDbContextAsync();
        var hashed = await HashChainBackfill.RunOnceAsync(tamper);
        var verification = Assert.Single(await new HistoryVerifier(contexts).VerifyAllAsync());

        // Laundering: an administrator edits the newest revision and blanks its hash. The backfill ran once and
        // does not seal it again; verification names the row.
        await tamper.Database.ExecuteSqlRawAsync(
            """
            ALTER TABLE revisions DISABLE TRIGGER revisions_append_only;
            ALTER TABLE sections DISABLE TRIGGER USER;
            UPDATE sections SET body = 'laundered' WHERE revision_id = (SELECT max(id) FROM revisions);
            ALTER TABLE revisions DROP CONSTRAINT ck_revisions_hashed, DROP CONSTRAINT ck_revisions_sealed;
            UPDATE revisions SET content_sha256 = NULL WHERE id = (SELECT max(id) FROM revisions);
            ALTER TABLE revisions ADD CONSTRAINT ck_revisions_hashed CHECK (content_sha256 IS NOT NULL) NOT VALID,
                ADD CONSTRAINT ck_revisions_sealed CHECK (seal_sha256 IS NOT NULL) NOT VALID;
            ALTER TABLE sections ENABLE TRIGGER USER;
            ALTER TABLE revisions ENABLE TRIGGER revisions_append_only;
            """);
        var again = await HashChainBackfill.RunOnceAsync(tamper);
        var laundered = Assert.Single(await new HistoryVerifier(contexts).VerifyAllAsync());

        Assert.Equal((2, 0), (hashed, again));
        Assert.True(verification.Intact, verification.FirstBroken?.ToString());
        Assert.Equal(ChainBreak.HashMissing, laundered.FirstBroken?.Reason);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => tamper.Database.ExecuteSqlRawAsync("UPDATE sections SET body = 'rewritten'"));
        Assert.Equal("CR001", refused.SqlState);

        // From now on a row without its hash is refused outright.
        var unhashed = await Assert.ThrowsAsync<PostgresException>(() => tamper.Database.ExecuteSqlRawAsync(
            "INSERT INTO revisions (profile_id, sequence, kind, published_on, effective_from, recorded_by, seal_sha256) SELECT id, 3, 'Publication', DATE '2018-01-01', DATE '2018-01-01', 'x', repeat('b', 64) FROM profiles"));
        Assert.Equal(("23514", "ck_revisions_hashed"), (unhashed.SqlState, unhashed.ConstraintName));
    }
}
