using CountryRelations.Api.GraphQL.Paging;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>A Profile with its cursor.</summary>
public sealed class ProfileEdgeGraphType() : EdgeGraphType<ProfileGraphType, ProfileNode>("Profile");
