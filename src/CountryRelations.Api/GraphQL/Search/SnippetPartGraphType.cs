using CountryRelations.Api.AnswerCaching;
using CountryRelations.Search;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Search;

/// <summary>A run of a search snippet.</summary>
public sealed class SnippetPartGraphType : ObjectGraphType<SnippetPart>
{
    public SnippetPartGraphType()
    {
        Name = "SnippetPart";
        this.FieldsFollowTheirParent();
        Description = "A run of a snippet; render `highlighted` runs as matches (no markup to escape).";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<BooleanGraphType>>("highlighted").Description("Whether the search matched here.").Resolve(c => c.Source.Highlighted);
    }
}
