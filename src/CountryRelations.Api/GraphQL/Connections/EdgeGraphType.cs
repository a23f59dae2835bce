using CountryRelations.Api.AnswerCaching;
using CountryRelations.Paging;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Connections;

/// <summary>A Relay edge: an item and its cursor.</summary>
public class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<PageItem<TNode>>
    where TNodeGraphType : IGraphType
{
    public EdgeGraphType(string nodeName)
    {
        Name = nodeName + "Edge";
        this.FieldsFollowTheirParent();
        Description = $"A {nodeName} and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position of the item; pass it as `after` or `before`.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}
