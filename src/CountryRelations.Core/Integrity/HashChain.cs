using CountryRelations.Profiles;
using CountryRelations.Revisions;

namespace CountryRelations.Integrity;

/// <summary>
/// Walks one profile's revisions in sequence order and finds the first place its history does not hold: content
/// and links (the hash chain), seals (recorded-at, corrections' closing), system periods, and the signed
/// checkpoints of its head.
/// </summary>
public static class HashChain
{
    /// <summary>
    /// Links <paramref name="revision"/> after <paramref name="before"/> (null: the profile's first row) and seals it:
    /// previous hash, content hash, and the seal over the instant it was recorded and what it <paramref name="closes"/>.
    /// The write path and the one-time backfill both chain rows through here; <see cref="FirstBreak"/> checks the result.
    /// </summary>
    public static void Link(Revision revision, ProfileKey key, Revision? before, DateTime recordedAt, string? closes)
    {
        revision.PreviousSha256 = before?.ContentSha256;
        revision.ContentSha256 = CanonicalRevision.Hash(revision, key, revision.PreviousSha256);
        revision.SealSha256 = RecordSeal.Compute(revision.ContentSha256, recordedAt, closes, before?.ChainHash);
    }

    /// <summary>
    /// The first break in <paramref name="revisions"/> (any order), or null. <paramref name="sealedSince"/> is when seals
    /// began (rows recorded later must have one); <paramref name="checkpoints"/> the profile's signed heads.
    /// </summary>
    public static BrokenLink? FirstBreak(
        IReadOnlyList<Revision> revisions,
        ProfileKey key,
        DateTime? sealedSince = null,
        IReadOnlyList<ChainCheckpoint>? checkpoints = null,
        CheckpointSigner? signer = null)
    {
        var ordered = revisions.OrderBy(r => r.Sequence).ToList();
        return Chain(ordered, key, sealedSince) ?? Periods(ordered) ?? Checkpoints(ordered, key, checkpoints ?? [], signer) ?? NewestSigned(ordered, checkpoints ?? [], sealedSince);
    }

    private static BrokenLink? Chain(List<Revision> ordered, ProfileKey key, DateTime? sealedSince)
    {
        Revision? before = null;
        var expectedSequence = 1;
        for (var i = 0; i < ordered.Count; i++)
        {
            var revision = ordered[i];
            var previous = before?.ContentSha256;
            if (revision.Sequence != expectedSequence)
            {
                return new BrokenLink(revision.Id, expectedSequence, ChainBreak.RevisionMissing, null, null);
            }

            if (revision.ContentSha256 is null)
            {
                return new BrokenLink(revision.Id, revision.Sequence, ChainBreak.HashMissing, CanonicalRevision.Hash(revision, key, previous), null);
            }

            if (revision.PreviousSha256 != previous)
            {
                return new BrokenLink(revision.Id, revision.Sequence, ChainBreak.LinkBroken, previous, revision.PreviousSha256);
            }

            var recomputed = CanonicalRevision.Hash(revision, key, previous);
            if (recomputed != revision.ContentSha256)
            {
                return new BrokenLink(revision.Id, revision.Sequence, ChainBreak.ContentAltered, recomputed, revision.ContentSha256);
            }

            var mustBeSealed = before?.SealSha256 is not null || (sealedSince is { } since && revision.RecordedAt >= since);
            if (revision.SealSha256 is null && mustBeSealed)
            {
                return new BrokenLink(revision.Id, revision.Sequence, ChainBreak.SealMissing, null, null);
            }

            if (revision.SealSha256 is { } seal)
            {
                var closes = revision.CorrectsRevisionId is { } corrected
                    ? RecordSeal.Closes(corrected, ordered.Find(r => r.Id == corrected)?.ContentSha256)
                    : null;
                var expected = RecordSeal.Compute(revision.ContentSha256, revision.RecordedAt, closes, before?.ChainHash);
                if (expected != seal)
                {
                    // A content hash recomputed after an edit shows at the next row's link; otherwise, content and links
                    // holding, what changed is when the row says it was recorded.
                    return i + 1 < ordered.Count && ordered[i + 1].PreviousSha256 != revision.ContentSha256
                        ? new BrokenLink(ordered[i + 1].Id, ordered[i + 1].Sequence, ChainBreak.LinkBroken, revision.ContentSha256, ordered[i + 1].PreviousSha256)
                        : new BrokenLink(revision.Id, revision.Sequence, ChainBreak.RecordedAtAltered, expected, seal);
                }
            }

            before = revision;
            expectedSequence++;
        }

        return null;
    }

    // A row leaves the current history only through a correction recorded at the very instant it closes.
    private static BrokenLink? Periods(List<Revision> ordered)
    {
        foreach (var revision in ordered)
        {
            var correction = ordered.Find(r => r.CorrectsRevisionId == revision.Id);
            if (revision.SupersededAt is { } closedAt && correction?.RecordedAt != closedAt)
            {
                return new BrokenLink(revision.Id, revision.Sequence, ChainBreak.PeriodClosedWithoutCorrection,
                    correction is null ? "a correction" : RecordSeal.Instant(correction.RecordedAt), RecordSeal.Instant(closedAt));
            }

            if (correction is not null && revision.SupersededAt is null)
            {
                return new BrokenLink(revision.Id, revision.Sequence, ChainBreak.PeriodClosedWithoutCorrection,
                    RecordSeal.Instant(correction.RecordedAt), "still current");
            }
        }

        return null;
    }

    private static BrokenLink? Checkpoints(List<Revision> ordered, ProfileKey key, IReadOnlyList<ChainCheckpoint> checkpoints, CheckpointSigner? signer)
    {
        foreach (var checkpoint in checkpoints.OrderBy(c => c.Sequence))
        {
            if (signer is not null && !signer.Verify(checkpoint, key))
            {
                return new BrokenLink(0, checkpoint.Sequence, ChainBreak.CheckpointInvalid, null, checkpoint.HeadSeal);
            }

            var row = ordered.Find(r => r.Sequence == checkpoint.Sequence);
            if (row?.SealSha256 != checkpoint.HeadSeal)
            {
                return new BrokenLink(row?.Id ?? 0, checkpoint.Sequence, ChainBreak.NewestRevisionsMissing, checkpoint.HeadSeal, row?.SealSha256);
            }
        }

        return null;
    }

    // Every write since seals (and checkpoints) began signs its new head, so a newest row of that time without its
    // checkpoint means the checkpoint was deleted, or the chain came back without them (an archive cut short).
    private static BrokenLink? NewestSigned(List<Revision> ordered, IReadOnlyList<ChainCheckpoint> checkpoints, DateTime? sealedSince)
    {
        if (ordered is not [.., var newest] || newest.SealSha256 is null || sealedSince is not { } since || newest.RecordedAt < since
            || checkpoints.Any(c => c.Sequence == newest.Sequence))
        {
            return null;
        }

        return new BrokenLink(newest.Id, newest.Sequence, ChainBreak.CheckpointMissing, "a checkpoint of sequence " + newest.Sequence, null);
    }
}
