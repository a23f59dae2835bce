using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Integrity;

/// <summary>
/// Gives rows recorded before the hash chain existed their hashes, once, at startup. The append-only trigger is
/// switched off for the length of one transaction that only fills empty hash columns; every other change stays refused.
/// </summary>
public sealed class HashChainBackfill(IDbContextFactory<CountryRelationsDbContext> contexts)
{
    /// <summary>Hashes every unhashed row; returns how many rows it hashed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profileIds = await db.Revisions.Where(r => r.ContentSha256 == null).Select(r => r.ProfileId).Distinct().ToListAsync(cancellationToken);
        if (profileIds.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE revisions DISABLE TRIGGER revisions_append_only", cancellationToken);
        var hashed = 0;
        foreach (var profile in await db.Profiles.Include(p => p.Publisher).Where(p => profileIds.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            var key = ProfileKey.Of(profile);
            string? previous = null;
            foreach (var revision in await db.Revisions.Include(r => r.Sections).Where(r => r.ProfileId == profile.Id).OrderBy(r => r.Sequence).AsSplitQuery().ToListAsync(cancellationToken))
            {
                var content = revision.ContentSha256 ?? CanonicalRevision.Hash(revision, key, previous);
                if (revision.ContentSha256 is null)
                {
                    hashed += await db.Database.ExecuteSqlAsync(
                        $"UPDATE revisions SET content_sha256 = {content}, previous_sha256 = {previous} WHERE id = {revision.Id} AND content_sha256 IS NULL",
                        cancellationToken);
                }

                previous = content;
            }
        }

        await db.Database.ExecuteSqlRawAsync("ALTER TABLE revisions ENABLE TRIGGER revisions_append_only", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return hashed;
    }
}
