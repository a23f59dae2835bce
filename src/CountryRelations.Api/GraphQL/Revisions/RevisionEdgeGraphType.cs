using CountryRelations.Api.GraphQL.Paging;
using CountryRelations.Revisions;

namespace CountryRelations.Api.GraphQL.Revisions;

/// <summary>A Revision with its cursor.</summary>
public sealed class RevisionEdgeGraphType() : EdgeGraphType<RevisionGraphType, Revision>("Revision");
