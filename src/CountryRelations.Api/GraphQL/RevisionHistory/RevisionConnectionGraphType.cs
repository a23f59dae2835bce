using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Revisions;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>A page of Revision items.</summary>
public sealed class RevisionConnectionGraphType() : ConnectionGraphType<RevisionGraphType, RevisionEdgeGraphType, Revision>("Revision");
