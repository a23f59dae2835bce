using CountryRelations.Api.AnswerCaching;
using CountryRelations.Paging;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Connections;

/// <summary>Relay page information.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<IPageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        this.FieldsFollowTheirParent();
        Description = "Where this page sits in the list: pass `endCursor` as `after` for the next page, `startCursor` as `before` for the previous one.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether items precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item; null for an empty page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item; null for an empty page.").Resolve(c => c.Source.EndCursor);
    }
}
