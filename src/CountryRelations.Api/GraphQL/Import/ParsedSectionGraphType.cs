using CountryRelations.Api.GraphQL.Common;
using CountryRelations.History;
using CountryRelations.Topics;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>A section as read from a document.</summary>
public sealed class ParsedSectionGraphType : ObjectGraphType<SectionDraft>
{
    public ParsedSectionGraphType()
    {
        Name = "ParsedSection";
        Description = "A section as read from a document.";
        Field<NonNullGraphType<TopicGraphType>>("topic").Description("The topic the heading maps to.").Resolve(c => c.Source.Topic ?? Topic.Other);
        Field<NonNullGraphType<TopicBasisGraphType>>("topicFrom").Description("How the topic was decided: from the heading, from the body's words, or by default.")
            .Resolve(c => TopicVocabulary.BasisOf(c.Source.Heading, c.Source.Body, c.Source.Topic ?? Topic.Other));
        Field<NonNullGraphType<StringGraphType>>("heading").Description("The heading as written.").Resolve(c => c.Source.Heading);
        Field<NonNullGraphType<StringGraphType>>("body").Description("The text.").Resolve(c => c.Source.Body);
    }
}
