using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Search;

namespace CountryRelations.Api.GraphQL.Search;

/// <summary>A page of SearchHit items.</summary>
public sealed class SearchHitConnectionGraphType() : ConnectionGraphType<SearchHitGraphType, SearchHitEdgeGraphType, SearchHit>("SearchHit");
