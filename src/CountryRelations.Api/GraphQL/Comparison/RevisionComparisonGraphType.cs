using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.RevisionHistory;
using CountryRelations.Comparison;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>What changed from one revision to another.</summary>
public sealed class RevisionComparisonGraphType : ObjectGraphType<RevisionComparison>
{
    public RevisionComparisonGraphType()
    {
        Name = "RevisionComparison";
        this.FieldsFollowTheirParent();
        Description = "What changed from one revision to another, section by section, in words, sentences and figures.";
        Field<RevisionGraphType>("from").Description("The old revision; null when compared against nothing (a first revision).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<RevisionGraphType>>("to").Description("The new revision.").Resolve(c => c.Source.To);
        Field<TopicGraphType>("topic").Description("When set, only this topic's sections were compared.").Resolve(c => c.Source.Topic);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionComparisonGraphType>>>>("sections")
            .Description("Section groups in the new revision's order, removed sections where they stood; with `kinds`, only those kinds.")
            .Argument<ListGraphType<NonNullGraphType<SectionChangeKindGraphType>>>("kinds", "Only groups of these kinds, e.g. [CHANGED, ADDED].")
            .Resolve(c => c.GetArgument<List<SectionChangeKind>?>("kinds") is { } kinds
                ? c.Source.Sections.Where(s => kinds.Contains(s.Kind)).ToList()
                : c.Source.Sections);
        Field<NonNullGraphType<ComparisonSummaryGraphType>>("summary").Description("Counts per change kind, words added and removed.").Resolve(c => c.Source.Summary);
    }
}
