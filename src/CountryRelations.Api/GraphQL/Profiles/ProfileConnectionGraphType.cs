using CountryRelations.Api.GraphQL.Paging;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>A page of Profile items.</summary>
public sealed class ProfileConnectionGraphType() : ConnectionGraphType<ProfileGraphType, ProfileEdgeGraphType, ProfileNode>("Profile");
