using CountryRelations.Paging;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CountryRelations.Api.GraphQL.Connections;

/// <summary>The Relay arguments every connection field takes.</summary>
public static class PagingArguments
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>.</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        // The page size multiplies what is asked of each item; the connection's edges and nodes do not multiply again.
        field.FieldType.WithComplexityImpact(context => new FieldComplexityResult(
            context.Configuration.DefaultObjectImpact,
            context.GetArgument<int?>("first", null) ?? context.GetArgument<int?>("last", null) ?? CountryRelations.Paging.PageRequest.DefaultSize));
        return field
            .Argument<IntGraphType>("first", $"Items after `after` (default {CountryRelations.Paging.PageRequest.DefaultSize}, at most {CountryRelations.Paging.PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "A cursor this list returned; the page starts after it.")
            .Argument<IntGraphType>("last", $"Items before `before` (at most {CountryRelations.Paging.PageRequest.MaxSize}).")
            .Argument<StringGraphType>("before", "A cursor this list returned; the page ends before it.");
    }

    /// <summary>The validated page request of this field.</summary>
    public static CountryRelations.Paging.PageRequest PageRequest(this IResolveFieldContext context) =>
        new CountryRelations.Paging.PageRequest(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), context.GetArgument<int?>("last"), context.GetArgument<string?>("before")).Validated();
}
