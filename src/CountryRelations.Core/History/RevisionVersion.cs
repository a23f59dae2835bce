using NpgsqlTypes;

namespace CountryRelations.History;

/// <summary>A revision id with its system period as a query found them: enough to serve the row from memory.</summary>
public sealed record RevisionVersion(long Id, NpgsqlRange<DateTime> SystemPeriod);
