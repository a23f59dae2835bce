namespace CountryRelations.Integrity;

/// <summary>Why a profile's hash chain does not hold at a revision.</summary>
public enum ChainBreak
{
    /// <summary>The stored content no longer hashes to the stored content hash: a row or one of its sections was altered.</summary>
    ContentAltered,
    /// <summary>The revision's previous-hash is not the content hash of the revision before it.</summary>
    LinkBroken,
    /// <summary>A sequence number is missing: a revision was removed.</summary>
    RevisionMissing,
    /// <summary>The revision has no content hash at all.</summary>
    HashMissing,
}
