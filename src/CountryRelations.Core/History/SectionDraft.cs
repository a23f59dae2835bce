using CountryRelations.Topics;

namespace CountryRelations.History;

/// <summary>A section as submitted; without a topic, the heading is classified by <see cref="TopicVocabulary"/>.</summary>
public sealed record SectionDraft(string Heading, string Body, Topic? Topic = null);
