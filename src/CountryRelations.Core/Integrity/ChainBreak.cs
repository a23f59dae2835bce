namespace CountryRelations.Integrity;

/// <summary>Why a profile's history does not hold at a revision.</summary>
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
    /// <summary>The revision has no seal although it was recorded after seals existed (or after a sealed row).</summary>
    SealMissing,
    /// <summary>The seal no longer matches: the recorded-at instant (or what the row closes) was changed.</summary>
    RecordedAtAltered,
    /// <summary>The row's system period was closed, but no correction recorded at that instant closes it; or a correction's target was not closed when it was recorded.</summary>
    PeriodClosedWithoutCorrection,
    /// <summary>A signed checkpoint names a longer chain, or another head, than the rows now stored: the newest revisions were removed or replaced.</summary>
    NewestRevisionsMissing,
    /// <summary>A checkpoint's signature does not verify with the installation's checkpoint key: it was forged or altered.</summary>
    CheckpointInvalid,
    /// <summary>The newest row was recorded since every write is checkpointed, yet has no checkpoint: its checkpoint was deleted, or the history was restored without them.</summary>
    CheckpointMissing,
}
