namespace CountryRelations.Bench.Suite;

/// <summary>
/// How the suite runs at every scale: corpus depth, the length and number of rounds, connections, which sides, and the
/// server program to measure (another build's <c>countryrelations</c>, for an A/B of two commits; default: this build's).
/// </summary>
public sealed record SuiteOptions(int Revisions, int Seconds, int Clients, int Rounds, HashSet<string>? Only, bool UsePeer, bool UseMinimal, string? ServerProgram = null);
