using CountryRelations.Api.GraphQL.Paging;
using CountryRelations.Revisions;

namespace CountryRelations.Api.GraphQL.Revisions;

/// <summary>A page of Revision items.</summary>
public sealed class RevisionConnectionGraphType() : ConnectionGraphType<RevisionGraphType, RevisionEdgeGraphType, Revision>("Revision");
