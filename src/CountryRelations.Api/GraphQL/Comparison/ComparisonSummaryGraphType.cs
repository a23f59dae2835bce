using CountryRelations.Api.AnswerCaching;
using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>How much changed between two revisions.</summary>
public sealed class ComparisonSummaryGraphType : ObjectGraphType<ComparisonSummary>
{
    public ComparisonSummaryGraphType()
    {
        Name = "ComparisonSummary";
        this.FieldsFollowTheirParent();
        Description = "Section groups per change kind, and words and figures changed.";
        Field<NonNullGraphType<IntGraphType>>("added").Description("Groups added.").Resolve(c => c.Source.Added);
        Field<NonNullGraphType<IntGraphType>>("removed").Description("Groups removed.").Resolve(c => c.Source.Removed);
        Field<NonNullGraphType<IntGraphType>>("changed").Description("Groups changed.").Resolve(c => c.Source.Changed);
        Field<NonNullGraphType<IntGraphType>>("moved").Description("Groups moved.").Resolve(c => c.Source.Moved);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Groups unchanged.").Resolve(c => c.Source.Unchanged);
        Field<NonNullGraphType<IntGraphType>>("wordsAdded").Description("Words inserted.").Resolve(c => c.Source.WordsAdded);
        Field<NonNullGraphType<IntGraphType>>("wordsRemoved").Description("Words deleted.").Resolve(c => c.Source.WordsRemoved);
        Field<NonNullGraphType<IntGraphType>>("figuresChanged").Description("Figures changed, added or removed.").Resolve(c => c.Source.FiguresChanged);
    }
}
