using NpgsqlTypes;

namespace CountryRelations.History;

/// <summary>A revision id (<see cref="From"/>) and the id and system period of the one in force before it.</summary>
public sealed record RevisionPredecessor(long From, long Id, NpgsqlRange<DateTime> SystemPeriod);
