using CountryRelations.Errors;
using CountryRelations.Api.GraphQL.Common;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;

namespace CountryRelations.Api.Transport;

/// <summary>
/// Prices a query document before GraphQL.NET validates it, in time linear in its size: fields are counted with
/// every fragment spread expanded, each fragment's count computed once, so a document whose fragments spread each
/// other twice per level (exponential once expanded, and as costly to validate) is refused in milliseconds. Also
/// refuses string values holding NUL, which no text column can store, naming the argument or variable.
/// </summary>
public sealed class DocumentGuard(RequestLimits limits, ValidatedDocuments validated)
{
    /// <summary>
    /// The parsed document, or the refusal; (null, null) for a syntax error, which execution reports in the
    /// specification's words.
    /// </summary>
    public (GraphQLDocument? Document, TransportError? Refusal) Check(string query, Inputs? variables, bool allowSubscriptions = false)
    {
        if (Nul(variables, "$") is { } variable)
        {
            return (null, Invalid($"The variable {variable} holds a NUL character, which no text can store."));
        }

        // A document validated before passed these checks then; only the transport's own question remains.
        if (validated.TryGet(query, out var known))
        {
            return !allowSubscriptions && HasSubscription(known) ? (null, SubscriptionRefusal) : (known, null);
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, TooDeep);
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }

        if (!allowSubscriptions && HasSubscription(document))
        {
            return (null, SubscriptionRefusal);
        }

        var pricing = new Pricing(document, limits.MaxFields + 1);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var (fields, depth) = pricing.Measure(operation.SelectionSet);
            if (depth > limits.MaxDepth)
            {
                return (null, TooDeep);
            }

            if (fields > limits.MaxFields)
            {
                return (null, new TransportError(ErrorCodes.ComplexityLimitExceeded,
                    $"The query selects more than {limits.MaxFields} fields once its fragments are expanded. Ask for fewer fields or fragments."));
            }
        }

        return NulLiteral(document) is { } argument
            ? (null, Invalid($"The argument {argument} holds a NUL character, which no text can store."))
            : (document, null);
    }

    // The depth limit: one check (fields nested, fragments expanded; the parser's own bound only stops a document
    // that could never pass it before it is built) and one message.
    private TransportError TooDeep => new(ErrorCodes.DepthLimitExceeded,
        $"The query nests more than {limits.MaxDepth} levels of fields once its fragments are expanded; at most {limits.MaxDepth} are allowed.");

    private static readonly TransportError SubscriptionRefusal = new(ErrorCodes.OperationNotSupported,
        "Subscriptions are served as Server-Sent Events: POST with Accept: text/event-stream.");

    private static bool HasSubscription(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLOperationDefinition>().Any(o => o.Operation == OperationType.Subscription);

    private static TransportError Invalid(string message) => new(ErrorCodes.InvalidInput, message);

    private static string? Nul(object? value, string path) => value switch
    {
        string text when text.Contains('\0', StringComparison.Ordinal) => path,
        IReadOnlyDictionary<string, object?> map => map.Select(p => Nul(p.Value, path == "$" ? "$" + p.Key : $"{path}.{p.Key}")).FirstOrDefault(p => p is not null),
        IEnumerable<object?> list => list.Select((item, i) => Nul(item, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static string? NulLiteral(GraphQLDocument document)
    {
        var found = default(string);
        void Visit(ASTNode node, string name)
        {
            switch (node)
            {
                case GraphQLStringValue text when found is null && text.Value.Span.Contains('\0'):
                    found = name;
                    break;
                case GraphQLArgument argument:
                    Visit(argument.Value, argument.Name.StringValue);
                    break;
                case GraphQLListValue list:
                    foreach (var item in list.Values ?? [])
                    {
                        Visit(item, name);
                    }

                    break;
                case GraphQLObjectValue obj:
                    foreach (var field in obj.Fields ?? [])
                    {
                        Visit(field.Value, $"{name}.{field.Name.StringValue}");
                    }

                    break;
            }
        }

        foreach (var arguments in Arguments(document))
        {
            foreach (var argument in arguments)
            {
                Visit(argument, argument.Name.StringValue);
            }
        }

        return found;
    }

    private static IEnumerable<GraphQLArguments> Arguments(GraphQLDocument document)
    {
        var stack = new Stack<ASTNode>(document.Definitions);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is GraphQLField { Arguments: { } arguments })
            {
                yield return arguments;
            }

            var selections = node switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet.Selections,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet.Selections,
                GraphQLField { SelectionSet: { } set } => set.Selections,
                GraphQLInlineFragment inline => inline.SelectionSet.Selections,
                _ => null,
            };
            foreach (var selection in selections ?? [])
            {
                stack.Push(selection);
            }
        }
    }

    /// <summary>Expanded field counts and depths, saturating at a cap so that no count overflows.</summary>
    private sealed class Pricing(GraphQLDocument document, long cap)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .DistinctBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);

        private readonly Dictionary<string, (long Fields, int Depth)> _measured = new(StringComparer.Ordinal);
        private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);

        public (long Fields, int Depth) Measure(GraphQLSelectionSet? set)
        {
            long fields = 0;
            var depth = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                var (f, d) = selection switch
                {
                    GraphQLField field => Field(field),
                    GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => (0L, 0),
                };
                fields = Math.Min(cap, fields + f);
                depth = Math.Max(depth, d);
            }

            return (fields, depth);
        }

        private (long, int) Field(GraphQLField field)
        {
            var (fields, depth) = Measure(field.SelectionSet);
            return (Math.Min(cap, fields + 1), depth + 1);
        }

        // A cycle (which validation refuses) counts nothing the second time round.
        private (long, int) Fragment(string name)
        {
            if (_measured.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
            {
                return (0, 0);
            }

            var measured = Measure(fragment.SelectionSet);
            _measuring.Remove(name);
            _measured[name] = measured;
            return measured;
        }
    }
}
