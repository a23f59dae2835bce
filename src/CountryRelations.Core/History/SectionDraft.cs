using CountryRelations.Revisions;
using CountryRelations.Topics;

namespace CountryRelations.History;

/// <summary>A section as submitted; without a topic, the heading is classified by <see cref="TopicVocabulary"/>.</summary>
public sealed record SectionDraft(string Heading, string Body, Topic? Topic = null)
{
    /// <summary>
    /// The section as it is stored at <paramref name="position"/>: heading trimmed, body without leading or trailing
    /// line breaks (indentation of a first bullet is kept), topic given or classified.
    /// </summary>
    public Section ToSection(int position) => new()
    {
        Position = position,
        Heading = Heading.Trim(),
        Body = Body.Trim('\n', '\r'),
        Topic = Topic ?? TopicVocabulary.Classify(Heading) ?? Topics.Topic.Other,
    };
}
