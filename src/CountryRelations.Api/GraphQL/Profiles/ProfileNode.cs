using CountryRelations.Profiles;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>A profile as a list showed it: the list's <c>asOf</c> and <c>knownAt</c> become its fields' defaults.</summary>
public sealed record ProfileNode(Profile Profile, DateOnly? AsOf = null, DateTime? KnownAt = null);
