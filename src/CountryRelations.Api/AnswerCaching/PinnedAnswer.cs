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
        Pinned = context.Operation.Operation == OperationType.Query
            && new Walk(context, clock.GetUtcNow().UtcDateTime - options.SettledAfter).Fixed(context.Schema.Query, context.Operation.SelectionSet);
        return Task.CompletedTask;
    }

    /// <summary>One document's walk; a fragment is judged once however often it is spread (validation refused cycles).</summary>
    private sealed class Walk(IExecutionContext context, DateTime settled)
    {
        private readonly Dictionary<string, bool> _fragments = new(StringComparer.Ordinal);

        public bool Fixed(IComplexGraphType type, GraphQLSelectionSet selections)
        {
            foreach (var selection in selections.Selections)
            {
                var fixedSelection = selection switch
                {
                    GraphQLField field => Fixed(type, field),
                    GraphQLInlineFragment inline => Within(type, inline.TypeCondition, inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fixed(spread.FragmentName.Name.StringValue),
                    _ => false,
                };
                if (!fixedSelection)
                {
                    return false;
                }
            }

            return true;
        }

        // A fragment's fields are judged on its own type condition, so its verdict does not depend on where it is spread.
        private bool Fixed(string fragment)
        {
            if (!_fragments.TryGetValue(fragment, out var verdict))
            {
                verdict = context.Document.FindFragmentDefinition(fragment) is { } definition
                    && Within(null, definition.TypeCondition, definition.SelectionSet);
                _fragments[fragment] = verdict;
            }

            return verdict;
        }

        private bool Within(IComplexGraphType? type, GraphQLTypeCondition? condition, GraphQLSelectionSet selections) =>
            (condition is null ? type : context.Schema.AllTypes[condition.Type.Name.Value] as IComplexGraphType) is { } narrowed
            && Fixed(narrowed, selections);

        private bool Fixed(IComplexGraphType type, GraphQLField selected)
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
                || (field.ResolvedType?.GetNamedType() is IComplexGraphType child && Fixed(child, selected.SelectionSet));
        }
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
