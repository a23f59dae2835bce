using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>What happened to a section between two revisions.</summary>
public sealed class SectionChangeKindGraphType : EnumerationGraphType<SectionChangeKind>
{
    public SectionChangeKindGraphType()
    {
        Name = "SectionChangeKind";
        Description = "What happened to a group of matched sections: ADDED, REMOVED, CHANGED (text, heading, merge or split), MOVED (same text elsewhere) or UNCHANGED.";
    }
}
