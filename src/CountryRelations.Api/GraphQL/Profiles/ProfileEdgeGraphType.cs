using CountryRelations.Api.GraphQL.Connections;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>A Profile with its cursor.</summary>
public sealed class ProfileEdgeGraphType() : EdgeGraphType<ProfileGraphType, ProfileNode>("Profile");
