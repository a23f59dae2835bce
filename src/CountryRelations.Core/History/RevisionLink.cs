namespace CountryRelations.History;

/// <summary>A pair of revision ids a batch query returns (a revision and its predecessor, or a row and its correction).</summary>
public sealed record RevisionLink(long From, long To);
