using CountryRelations.Topics;

namespace CountryRelations.Revisions;

/// <summary>A headed section of a revision, stored exactly as written.</summary>
public sealed class Section
{
    public long Id { get; init; }

    public long RevisionId { get; init; }

    /// <summary>Zero-based position of the section on the page.</summary>
    public int Position { get; init; }

    /// <summary>The topic the heading maps to.</summary>
    public Topic Topic { get; init; }

    /// <summary>The heading exactly as written on the page.</summary>
    public required string Heading { get; init; }

    /// <summary>The body: paragraphs separated by blank lines, bullets kept as written.</summary>
    public required string Body { get; init; }
}
