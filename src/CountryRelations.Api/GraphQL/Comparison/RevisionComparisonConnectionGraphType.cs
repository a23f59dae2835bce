using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Comparison;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>A page of RevisionComparison items.</summary>
public sealed class RevisionComparisonConnectionGraphType() : ConnectionGraphType<RevisionComparisonGraphType, RevisionComparisonEdgeGraphType, RevisionComparison>("RevisionComparison");
