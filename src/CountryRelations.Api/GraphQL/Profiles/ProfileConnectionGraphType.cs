using CountryRelations.Api.GraphQL.Connections;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>A page of Profile items.</summary>
public sealed class ProfileConnectionGraphType() : ConnectionGraphType<ProfileGraphType, ProfileEdgeGraphType, ProfileNode>("Profile");
