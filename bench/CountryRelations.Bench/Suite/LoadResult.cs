namespace CountryRelations.Bench.Suite;

/// <summary>What one side of a shape did under load: requests per second, latency percentiles (ms), errors.</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50, double P99, int Errors);
