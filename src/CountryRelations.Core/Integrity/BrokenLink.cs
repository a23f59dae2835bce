namespace CountryRelations.Integrity;

/// <summary>The first place a profile's chain breaks.</summary>
/// <param name="RevisionId">The revision where the break was found.</param>
/// <param name="Sequence">Its sequence number (for a missing revision: the number expected).</param>
/// <param name="Reason">What does not hold.</param>
/// <param name="Expected">The hash the chain calls for.</param>
/// <param name="Stored">The hash the row carries.</param>
public sealed record BrokenLink(long RevisionId, int Sequence, ChainBreak Reason, string? Expected, string? Stored);
