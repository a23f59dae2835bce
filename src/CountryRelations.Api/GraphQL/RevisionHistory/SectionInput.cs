using CountryRelations.Topics;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>A section as submitted in a mutation.</summary>
public sealed class SectionInput
{
    public string Heading { get; init; } = "";

    public string Body { get; init; } = "";

    public Topic? Topic { get; init; }
}
