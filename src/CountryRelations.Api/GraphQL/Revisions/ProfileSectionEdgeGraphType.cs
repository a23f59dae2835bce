using CountryRelations.Api.GraphQL.Paging;
using CountryRelations.History;

namespace CountryRelations.Api.GraphQL.Revisions;

/// <summary>A ProfileSection with its cursor.</summary>
public sealed class ProfileSectionEdgeGraphType() : EdgeGraphType<ProfileSectionGraphType, TopicSection>("ProfileSection");
