using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Comparison;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>A RevisionComparison with its cursor.</summary>
public sealed class RevisionComparisonEdgeGraphType() : EdgeGraphType<RevisionComparisonGraphType, RevisionComparison>("RevisionComparison");
