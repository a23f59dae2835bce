namespace CountryRelations.History;

/// <summary>A section of a revision in force with its place in the topic list: (country, publisher, language, position).</summary>
public sealed record SectionKeyRow(long SectionId, long RevisionId, string CountryCode, string PublisherCode, string Language, int Position);
