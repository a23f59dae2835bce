using CountryRelations.Api.AnswerCaching;
using CountryRelations.Paging;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Connections;

/// <summary>A Relay connection over <typeparamref name="TNode"/> with keyset cursors.</summary>
public class ConnectionGraphType<TNodeGraphType, TEdgeGraphType, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : IGraphType
{
    public ConnectionGraphType(string nodeName)
    {
        Name = nodeName + "Connection";
        this.FieldsFollowTheirParent();
        Description = $"A page of {nodeName} items, with cursors for the next and previous pages.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges").Description("The items with their cursors.").Resolve(c => c.Source.Items)
            .FieldType.WithComplexityImpact(1, 1);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes").Description("The items alone.").Resolve(c => c.Source.Items.Select(i => i.Node).ToList())
            .FieldType.WithComplexityImpact(1, 1);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Cursors and whether more items exist.").Resolve(c => c.Source.Info);
        Field<IntGraphType>("totalCount").Description("How many items the whole list has; null where counting would be costly.").ResolveAsync(async c => await c.Source.TotalCountAsync());
    }
}
