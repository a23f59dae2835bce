using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Revisions;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>A headed section of a revision.</summary>
public sealed class SectionGraphType : ObjectGraphType<Section>
{
    public SectionGraphType()
    {
        Name = "Section";
        this.FieldsFollowTheirParent();
        Description = "A headed section of a revision, exactly as written on the page.";
        Field<NonNullGraphType<IntGraphType>>("position").Description("Zero-based position on the page.").Resolve(c => c.Source.Position);
        Field<NonNullGraphType<TopicGraphType>>("topic").Description("The topic the heading maps to.").Resolve(c => c.Source.Topic);
        Field<NonNullGraphType<StringGraphType>>("heading").Description("The heading as written.").Resolve(c => c.Source.Heading);
        Field<NonNullGraphType<StringGraphType>>("body")
            .Description("The text: paragraphs separated by a blank line, bullets kept as written.")
            .Resolve(c => c.Source.Body);
    }
}
