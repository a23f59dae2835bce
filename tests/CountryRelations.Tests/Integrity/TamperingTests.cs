using CountryRelations.History;
using CountryRelations.Integrity;
using CountryRelations.Persistence;
using CountryRelations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CountryRelations.Tests.Infrastructure.TestData;

namespace CountryRelations.Tests.Integrity;

/// <summary>
/// What an administrator can do with the guards switched off, each caught by verification with a reason of its own.
/// {0} is the newest revision's id, {1} the profile's id.
/// </summary>
public sealed class TamperingTests
{
    public static TheoryData<string, string, ChainBreak> Tampering => new()
    {
        { "a body edited", "UPDATE sections SET body = 'Rewritten.' WHERE revision_id = {0}", ChainBreak.ContentAltered },
        { "a recorded-at backdated", "UPDATE revisions SET system_period = tstzrange(lower(system_period) - interval '400 days', upper(system_period)) WHERE id = {0}", ChainBreak.RecordedAtAltered },
        { "a current row closed without a correction", "UPDATE revisions SET system_period = tstzrange(lower(system_period), now()) WHERE id = {0}", ChainBreak.PeriodClosedWithoutCorrection },
        { "the newest revision deleted", "DELETE FROM sections WHERE revision_id = {0}; DELETE FROM revisions WHERE id = {0}", ChainBreak.NewestRevisionsMissing },
        { "the newest revision deleted and the chain re-sealed", "DELETE FROM sections WHERE revision_id = {0}; DELETE FROM revisions WHERE id = {0}; UPDATE revisions SET seal_sha256 = repeat('c', 64) WHERE profile_id = {1} AND sequence = 2", ChainBreak.RecordedAtAltered },
        { "a checkpoint rewritten", "UPDATE chain_checkpoints SET head_seal = repeat('d', 64) WHERE profile_id = {1} AND sequence = 3", ChainBreak.CheckpointInvalid },
        { "a checkpoint moved to a key nobody published", "UPDATE chain_checkpoints SET key_id = 'ffffffffffffffff' WHERE profile_id = {1} AND sequence = 3", ChainBreak.CheckpointInvalid },
        { "the newest checkpoint deleted", "DELETE FROM chain_checkpoints WHERE profile_id = {1} AND sequence = 3", ChainBreak.CheckpointMissing },
        { "a laundered row (edited, its hashes blanked)", "UPDATE sections SET body = 'Laundered.' WHERE revision_id = {0}; " + Blank("{0}"), ChainBreak.HashMissing },
        { "a middle revision deleted", "DELETE FROM sections WHERE revision_id = (SELECT id FROM revisions WHERE profile_id = {1} AND sequence = 2); DELETE FROM revisions WHERE profile_id = {1} AND sequence = 2", ChainBreak.RevisionMissing },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Verification_names_each_kind_of_tampering(string name, string sql, ChainBreak expected)
    {
        var server = await TestServer.GetAsync();
        var store = server.Services.GetRequiredService<RevisionStore>();
        var publisher = await NewPublisherAsync(server.Services);
        await store.PublishAsync(Publish(publisher, "2016-01-01", "First."));
        await store.PublishAsync(Publish(publisher, "2017-01-01", "Second."));
        var newest = await store.PublishAsync(Publish(publisher, "2018-01-01", "Third."));
        var verifier = server.Services.GetRequiredService<HistoryVerifier>();
        var before = await VerifyAsync(server, verifier, newest.ProfileId);

        await TamperAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, newest.Id, newest.ProfileId));
        var after = await VerifyAsync(server, verifier, newest.ProfileId);

        Assert.True(before.Intact, name);
        Assert.Equal(expected, after.FirstBroken?.Reason);
    }

    [Fact]
    public async Task A_laundered_row_stays_broken_after_a_restart()
    {
        var server = await TestServer.GetAsync();
        var store = server.Services.GetRequiredService<RevisionStore>();
        var newest = await store.PublishAsync(Publish(await NewPublisherAsync(server.Services), "2016-01-01", "Original."));
        await TamperAsync($"UPDATE sections SET body = 'Laundered.' WHERE revision_id = {newest.Id}; " + Blank(newest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // What a restart runs: migrations and the backfill, as the owner.
        var owner = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        owner.UseCountryRelationsStore((await TestDatabase.GetAsync()).OwnerConnectionString);
        await using var db = new CountryRelationsDbContext(owner.Options);
        var resealed = await HashChainBackfill.RunOnceAsync(db);

        Assert.Equal(0, resealed);
        Assert.Equal(ChainBreak.HashMissing, (await VerifyAsync(server, server.Services.GetRequiredService<HistoryVerifier>(), newest.ProfileId)).FirstBroken?.Reason);
    }

    private static async Task<HistoryVerification> VerifyAsync(TestServer server, HistoryVerifier verifier, long profileId)
    {
        var contexts = server.Services.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var profile = await db.Profiles.Include(p => p.Publisher).Include(p => p.Country).SingleAsync(p => p.Id == profileId);
        return await verifier.VerifyAsync(profile);
    }

    // Blanking a row's hashes takes dropping the checks that refuse unhashed rows; an administrator can.
    private static string Blank(string id) =>
        "ALTER TABLE revisions DROP CONSTRAINT ck_revisions_hashed, DROP CONSTRAINT ck_revisions_sealed; " +
        $"UPDATE revisions SET content_sha256 = NULL, seal_sha256 = NULL WHERE id = {id}; " +
        "ALTER TABLE revisions ADD CONSTRAINT ck_revisions_hashed CHECK (content_sha256 IS NOT NULL) NOT VALID, " +
        "ADD CONSTRAINT ck_revisions_sealed CHECK (seal_sha256 IS NOT NULL) NOT VALID";

    // As a superuser would: every guard off for the length of one transaction.
    private static async Task TamperAsync(string sql)
    {
        await using var connection = new NpgsqlConnection((await TestDatabase.GetAsync()).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"BEGIN; SET LOCAL session_replication_role = replica; {sql}; COMMIT;", connection);
        await command.ExecuteNonQueryAsync();
    }
}
