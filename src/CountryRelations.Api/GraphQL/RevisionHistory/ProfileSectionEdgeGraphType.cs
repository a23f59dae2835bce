using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.History;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>A ProfileSection with its cursor.</summary>
public sealed class ProfileSectionEdgeGraphType() : EdgeGraphType<ProfileSectionGraphType, TopicSection>("ProfileSection");
