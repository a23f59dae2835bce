using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Revisions;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>A Revision with its cursor.</summary>
public sealed class RevisionEdgeGraphType() : EdgeGraphType<RevisionGraphType, Revision>("Revision");
