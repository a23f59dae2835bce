using CountryRelations.Api.AnswerCaching;
using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>A run of text in a diff.</summary>
public sealed class DiffSpanGraphType : ObjectGraphType<DiffSpan>
{
    public DiffSpanGraphType()
    {
        Name = "DiffSpan";
        this.FieldsFollowTheirParent();
        Description = "A run of text and what happened to it. UNCHANGED + DELETED spans spell the old text, UNCHANGED + INSERTED the new one, spaces and punctuation included.";
        Field<NonNullGraphType<SpanKindGraphType>>("kind").Description("Inserted, deleted or unchanged.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text, exactly.").Resolve(c => c.Source.Text);
    }
}
