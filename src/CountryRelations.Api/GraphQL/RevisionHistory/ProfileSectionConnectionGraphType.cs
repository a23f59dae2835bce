using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.History;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>A page of ProfileSection items.</summary>
public sealed class ProfileSectionConnectionGraphType() : ConnectionGraphType<ProfileSectionGraphType, ProfileSectionEdgeGraphType, TopicSection>("ProfileSection");
