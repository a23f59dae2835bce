using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.RevisionHistory;
using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>A figure a revision reported.</summary>
public sealed class ReportedFigureGraphType : ObjectGraphType<ReportedFigure>
{
    public ReportedFigureGraphType()
    {
        Name = "ReportedFigure";
        this.FieldsFollowTheirParent();
        Description = "A figure one revision of a profile reported, with the revision, section and sentence it came from.";
        Field<NonNullGraphType<RevisionGraphType>>("revision").Description("The revision.").Resolve(c => c.Source.Revision);
        Field<NonNullGraphType<SectionGraphType>>("section").Description("The section holding it.").Resolve(c => c.Source.Section);
        Field<NonNullGraphType<FigureGraphType>>("figure").Description("The figure.").Resolve(c => c.Source.Figure);
        Field<NonNullGraphType<StringGraphType>>("sentence").Description("The sentence holding it.").Resolve(c => c.Source.Sentence);
    }
}
