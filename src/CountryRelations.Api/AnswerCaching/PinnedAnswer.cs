using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace CountryRelations.Api.AnswerCaching;

/// <summary>
/// Whether a query's answer can never change: every field it selects follows from its parent, or reads the history
/// as known at a <c>knownAt</c> that has settled with every argument that defaults to today or to configuration given
/// (<see cref="Pinning"/>). Such an answer may be kept by any cache for as long as it likes
/// (<c>Cache-Control: immutable</c>). Decided from the validated document and the request's coerced arguments, before
/// execution; fragments are followed, and fields under <c>@skip</c> or <c>@include</c> count as selected.
/// </summary>
public sealed class PinnedAnswer(PinnedAnswerOptions options, TimeProvider clock) : DocumentExecutionListenerBase
{
    /// <summary>True once the request's operation was found to be a query whose answer can never change.</summary>
    public bool Pinned { get; private set; }

    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        var settled = clock.GetUtcNow().UtcDateTime - options.SettledAfter;
        Pinned = context.Operation.Operation == OperationType.Query
            && Fixed(context, context.Schema.Query, context.Operation.SelectionSet, settled);
        return Task.CompletedTask;
    }

    private static bool Fixed(IExecutionContext context, IComplexGraphType type, GraphQLSelectionSet selections, DateTime settled)
    {
        foreach (var selection in selections.Selections)
        {
            var fixedSelection = selection switch
            {
                GraphQLField field => Fixed(context, type, field, settled),
                GraphQLInlineFragment inline => Within(context, type, inline.TypeCondition, inline.SelectionSet, settled),
                // Validation refused fragment cycles before this document could execute.
                GraphQLFragmentSpread spread => context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } definition
                    && Within(context, type, definition.TypeCondition, definition.SelectionSet, settled),
                _ => false,
            };
            if (!fixedSelection)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Within(IExecutionContext context, IComplexGraphType type, GraphQLTypeCondition? condition, GraphQLSelectionSet selections, DateTime settled) =>
        (condition is null ? type : context.Schema.AllTypes[condition.Type.Name.Value] as IComplexGraphType) is { } narrowed
        && Fixed(context, narrowed, selections, settled);

    private static bool Fixed(IExecutionContext context, IComplexGraphType type, GraphQLField selected, DateTime settled)
    {
        if (selected.Name.Value.Span.SequenceEqual("__typename"))
        {
            return true;
        }

        if (type.GetField(selected.Name.Value) is not { } field || Pinning.Of(type, field) is not { } pin)
        {
            return false;
        }

        if (pin.ByKnownAt || pin.Given.Count > 0)
        {
            var arguments = Arguments(context, field, selected);
            if ((pin.ByKnownAt && !(Given(arguments, "knownAt") is DateTime knownAt && knownAt <= settled))
                || pin.Given.Any(name => Given(arguments, name) is null))
            {
                return false;
            }
        }

        return selected.SelectionSet is null
            || (field.ResolvedType?.GetNamedType() is IComplexGraphType child && Fixed(context, child, selected.SelectionSet, settled));
    }

    // The arguments as execution will see them: validation coerced them once, with the variables applied.
    private static IDictionary<string, ArgumentValue>? Arguments(IExecutionContext context, FieldType field, GraphQLField selected) =>
        context.ArgumentValues?.TryGetValue(selected, out var known) == true
            ? known
            : ExecutionHelper.GetArguments(field.Arguments, selected.Arguments, context.Variables, context.Document, selected, null);

    // A value the request gave; a field's own default is not one the request chose.
    private static object? Given(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments?.TryGetValue(name, out var argument) == true && argument.Source != ArgumentSource.FieldDefault ? argument.Value : null;
}
