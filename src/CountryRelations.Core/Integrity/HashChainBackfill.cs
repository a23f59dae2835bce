using CountryRelations.Profiles;
using CountryRelations.Persistence;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Integrity;

/// <summary>
/// Gives rows recorded before the hash chain existed their hashes — once, as the schema owner, right after the
/// migrations. The run is recorded in <c>history_backfills</c>; afterwards a row with an empty hash is tampering
/// for <see cref="HistoryVerifier"/> to report (<c>HASH_MISSING</c>), never something to seal again. The
/// append-only trigger is switched off for one transaction that only fills empty hash columns.
/// </summary>
public static class HashChainBackfill
{
    private const string Name = "hash_chain";

    /// <summary>Hashes every row that predates the chain, unless that was done before; returns how many rows it hashed.</summary>
    public static async Task<int> RunOnceAsync(CountryRelationsDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var done = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM history_backfills WHERE name = {Name}").SingleAsync(cancellationToken);
        if (done > 0)
        {
            return 0;
        }

        var hashed = 0;
        var profileIds = await db.Revisions.Where(r => r.ContentSha256 == null).Select(r => r.ProfileId).Distinct().ToListAsync(cancellationToken);
        if (profileIds.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE revisions DISABLE TRIGGER revisions_append_only", cancellationToken);
            foreach (var profile in await db.Profiles.Include(p => p.Publisher).Where(p => profileIds.Contains(p.Id)).ToListAsync(cancellationToken))
            {
                var key = ProfileKey.Of(profile);
                var rows = await db.Revisions.Include(r => r.Sections).Where(r => r.ProfileId == profile.Id).OrderBy(r => r.Sequence).AsSplitQuery().ToListAsync(cancellationToken);
                Revision? before = null;
                foreach (var revision in rows)
                {
                    if (revision.ContentSha256 is null)
                    {
                        // Hashed and sealed with the instant the row was recorded, as the write path would have.
                        var closes = revision.CorrectsRevisionId is { } corrected ? RecordSeal.Closes(corrected, rows.Find(r => r.Id == corrected)?.ContentSha256) : null;
                        HashChain.Link(revision, key, before, revision.RecordedAt, closes);
                        hashed += await db.Database.ExecuteSqlAsync(
                            $"UPDATE revisions SET content_sha256 = {revision.ContentSha256}, previous_sha256 = {revision.PreviousSha256}, seal_sha256 = {revision.SealSha256} WHERE id = {revision.Id} AND content_sha256 IS NULL",
                            cancellationToken);
                    }

                    before = revision;
                }
            }

            await db.Database.ExecuteSqlRawAsync("ALTER TABLE revisions ENABLE TRIGGER revisions_append_only", cancellationToken);
        }

        await db.Database.ExecuteSqlAsync($"INSERT INTO history_backfills (name) VALUES ({Name})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return hashed;
    }
}
