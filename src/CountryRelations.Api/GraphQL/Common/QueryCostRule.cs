using CountryRelations.Errors;
using CountryRelations.Api.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>
/// The complexity limit (<c>COMPLEXITY_LIMIT_EXCEEDED</c>), checked on GraphQL.NET's complexity analysis. Depth is
/// <see cref="DocumentGuard"/>'s alone: every document a client writes passes it before validation.
/// </summary>
public static class QueryCostRule
{
    /// <summary>Configures the analyzer: list multipliers from <c>first</c>/<c>last</c> (GraphQL.NET's default), our limits and codes.</summary>
    public static void Configure(ComplexityOptions options, RequestLimits limits)
    {
        options.MaxDepth = null;
        options.MaxComplexity = null;
        options.DefaultListImpactMultiplier = 5;
        options.ValidateComplexityDelegate = context =>
        {
            if (context.TotalImpact > limits.MaxComplexity && !IsIntrospection(context.ValidationContext.Operation))
            {
                context.Error = new ValidationError(
                    $"The query's complexity is {context.TotalImpact:F0}; at most {limits.MaxComplexity:F0} is allowed. Ask for smaller pages (first/last) or fewer fields.")
                {
                    Code = ErrorCodes.ComplexityLimitExceeded,
                };
            }

            return Task.CompletedTask;
        };
    }

    // Schema introspection (GraphiQL's and codegen's) reads the schema, not the data: its size is bounded by the
    // schema, so it is exempt from the complexity limit, though not from the depth limit.
    private static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.Value: var name } && (name == "__schema" || name == "__type" || name == "__typename"));
}
