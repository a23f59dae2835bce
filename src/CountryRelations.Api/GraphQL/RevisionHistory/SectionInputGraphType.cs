using CountryRelations.Api.GraphQL.Common;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>A section in a publish or correct mutation.</summary>
public sealed class SectionInputGraphType : InputObjectGraphType<SectionInput>
{
    public SectionInputGraphType()
    {
        Name = "SectionInput";
        Description = "A section: its heading as written, its body, and optionally its topic (else classified from the heading).";
        Field<NonNullGraphType<StringGraphType>>("heading").Description("The heading as written.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("The text; paragraphs separated by a blank line.");
        Field<TopicGraphType>("topic").Description("The topic; when left out, the heading is classified, unknown headings becoming OTHER.");
    }
}
