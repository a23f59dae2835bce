using CountryRelations.Revisions;

namespace CountryRelations.History;

/// <summary>A section together with the revision it belongs to.</summary>
public sealed record TopicSection(Revision Revision, Section Section);
