using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Search;

namespace CountryRelations.Api.GraphQL.Search;

/// <summary>A SearchHit with its cursor.</summary>
public sealed class SearchHitEdgeGraphType() : EdgeGraphType<SearchHitGraphType, SearchHit>("SearchHit");
