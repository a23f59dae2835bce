using CountryRelations.Api.GraphQL.Paging;
using CountryRelations.History;

namespace CountryRelations.Api.GraphQL.Revisions;

/// <summary>A page of ProfileSection items.</summary>
public sealed class ProfileSectionConnectionGraphType() : ConnectionGraphType<ProfileSectionGraphType, ProfileSectionEdgeGraphType, TopicSection>("ProfileSection");
