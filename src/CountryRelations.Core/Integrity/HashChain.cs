using CountryRelations.Revisions;

namespace CountryRelations.Integrity;

/// <summary>Walks one profile's revisions in sequence order and finds the first place the chain does not hold.</summary>
public static class HashChain
{
    /// <summary>The first break in <paramref name="revisions"/> (any order), or null.</summary>
    public static BrokenLink? FirstBreak(IReadOnlyList<Revision> revisions, ProfileKey key)
    {
        string? previous = null;
        var expectedSequence = 1;
        foreach (var revision in revisions.OrderBy(r => r.Sequence))
        {
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

            previous = revision.ContentSha256;
            expectedSequence++;
        }

        return null;
    }
}
