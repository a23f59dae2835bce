using CountryRelations.History;
using CountryRelations.Persistence;
using CountryRelations.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Integrity;

/// <summary>Recomputes profiles' hash chains from what the database holds now, superseded rows included.</summary>
public sealed class HistoryVerifier(IDbContextFactory<CountryRelationsDbContext> contexts, CheckpointSigner? signer = null)
{
    /// <summary>Verifies one profile.</summary>
    public async Task<HistoryVerification> VerifyAsync(Profile profile, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await VerifyAsync(db, profile, cancellationToken);
    }

    /// <summary>Verifies every profile, in publisher, country, language order.</summary>
    public async Task<IReadOnlyList<HistoryVerification>> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profiles = await db.Profiles.Include(p => p.Publisher).Include(p => p.Country)
            .OrderBy(p => p.Publisher.Code).ThenBy(p => p.CountryCode).ThenBy(p => p.Language)
            .ToListAsync(cancellationToken);
        // Every row as the database holds it now (never from memory: tampering must show), checked profile by profile.
        var ids = await db.Revisions.Select(r => r.Id).ToArrayAsync(cancellationToken);
        var revisions = (await RevisionLoader.LoadAsIsAsync(db, ids, cancellationToken)).ToLookup(r => r.ProfileId);
        var checkpoints = (await db.ChainCheckpoints.ToListAsync(cancellationToken)).ToLookup(c => c.ProfileId);
        var sealedSince = await SealedSinceAsync(db, cancellationToken);
        return profiles.Select(profile => Verify(profile, revisions[profile.Id].OrderBy(r => r.Sequence).ToList(), checkpoints[profile.Id].ToList(), sealedSince)).ToList();
    }

    private async Task<HistoryVerification> VerifyAsync(CountryRelationsDbContext db, Profile profile, CancellationToken cancellationToken)
    {
        var ids = await db.Revisions.Where(r => r.ProfileId == profile.Id).Select(r => r.Id).ToArrayAsync(cancellationToken);
        var revisions = (await RevisionLoader.LoadAsIsAsync(db, ids, cancellationToken)).OrderBy(r => r.Sequence).ToList();
        var checkpoints = await db.ChainCheckpoints.Where(c => c.ProfileId == profile.Id).ToListAsync(cancellationToken);
        return Verify(profile, revisions, checkpoints, await SealedSinceAsync(db, cancellationToken));
    }

    // Rows recorded after seals began must carry one; the marker is written by the migration that added them.
    private static async Task<DateTime?> SealedSinceAsync(CountryRelationsDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<DateTime?>($"SELECT done_at AS \"Value\" FROM history_backfills WHERE name = 'seals'").FirstOrDefaultAsync(cancellationToken);

    // The head is the newest seal (the content hash for rows recorded before seals): what checkpoints and exports sign.
    private HistoryVerification Verify(Profile profile, List<Revisions.Revision> revisions, List<ChainCheckpoint> checkpoints, DateTime? sealedSince) =>
        new(profile, revisions.Count, revisions.Count == 0 ? null : revisions[^1].ChainHash,
            HashChain.FirstBreak(revisions, ProfileKey.Of(profile), sealedSince, checkpoints, signer));
}
