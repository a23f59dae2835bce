using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.RevisionHistory;
using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>One matched group of sections and how it changed.</summary>
public sealed class SectionComparisonGraphType : ObjectGraphType<SectionComparison>
{
    public SectionComparisonGraphType()
    {
        Name = "SectionComparison";
        this.FieldsFollowTheirParent();
        Description = "Sections matched across two revisions by topic, heading and text (renamed, reordered, merged or split sections included) and how they changed.";
        Field<NonNullGraphType<SectionChangeKindGraphType>>("kind").Description("Added, removed, changed, moved or unchanged.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionGraphType>>>>("old").Description("The old revision's sections in this group (several when they were merged).").Resolve(c => c.Source.Old);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionGraphType>>>>("new").Description("The new revision's sections in this group (several when one was split).").Resolve(c => c.Source.New);
        Field<NonNullGraphType<BooleanGraphType>>("headingChanged").Description("Whether the heading was reworded.").Resolve(c => c.Source.HeadingChanged);
        Field<NonNullGraphType<BooleanGraphType>>("moved").Description("Whether the group changed place among the matched sections.").Resolve(c => c.Source.Moved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiffSpanGraphType>>>>("words").Description("Word-level inline diff of the bodies (several bodies joined by a blank line).").Resolve(c => c.Source.Words);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiffSpanGraphType>>>>("sentences").Description("Sentence-level view: every sentence once, unchanged, deleted or inserted.").Resolve(c => c.Source.Sentences);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureChangeGraphType>>>>("figures").Description("Amounts, percentages and years that changed, appeared or disappeared.").Resolve(c => c.Source.Figures);
        Field<NonNullGraphType<IntGraphType>>("wordsAdded").Description("Words inserted.").Resolve(c => c.Source.WordsAdded);
        Field<NonNullGraphType<IntGraphType>>("wordsRemoved").Description("Words deleted.").Resolve(c => c.Source.WordsRemoved);
    }
}
