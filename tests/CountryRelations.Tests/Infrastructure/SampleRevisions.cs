using CountryRelations.Import;
using CountryRelations.Revisions;
using CountryRelations.Topics;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>Sample pages read by the real page reader into unsaved revisions, for comparisons that need no database.</summary>
public static class SampleRevisions
{
    public static Revision Read(string file, int sequence = 1)
    {
        var page = PlainTextPageReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", file)));
        return new Revision
        {
            Id = sequence,
            Sequence = sequence,
            RecordedBy = "tests",
            Sections = page.Sections.Select((s, i) => Section(i, s.Heading, s.Body, s.Topic ?? Topic.Other)).ToList(),
        };
    }

    public static Section Section(int position, string heading, string body, Topic? topic = null) =>
        new() { Position = position, Heading = heading, Body = body, Topic = topic ?? TopicVocabulary.Classify(heading) ?? Topic.Other };
}
