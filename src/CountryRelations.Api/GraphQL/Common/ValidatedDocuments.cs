using System.Diagnostics.CodeAnalysis;
using CountryRelations.Api.Transport;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>
/// Documents that were parsed, admitted by <see cref="DocumentGuard"/> and validated, by their text: clients send
/// the same few documents with different variables, and parsing and validating them again cost more than running
/// them. A document from here skips the rules that depend on the document alone; the rules registered for cached
/// documents (roles, which depend on the caller, and complexity, which depends on variables) and variable coercion
/// still run on every request. Bounded by the total length of the texts held.
/// </summary>
public sealed class ValidatedDocuments(RequestLimits limits) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = Math.Max(limits.DocumentCacheCharacters, 1), CompactionPercentage = 0.25 });

    /// <summary>After the persisted-documents handler has turned an id into its text, and after the options are configured.</summary>
    public float SortOrder => 200;

    /// <summary>The validated document with this text, if held.</summary>
    public bool TryGet(string query, [NotNullWhen(true)] out GraphQLDocument? document) => _documents.TryGetValue(query, out document);

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (TryGet(query, out var known))
        {
            options.Document = known;
            // The price of a document depends on its variables (first/last): analysed again on every request.
            options.ValidationRules = [
                .. options.CachedDocumentValidationRules ?? [],
                .. options.ValidationRules?.OfType<ComplexityValidationRule>() ?? [],
            ];
        }

        return await next(options);
    }

    /// <summary>
    /// Keeps <paramref name="document"/>, the guard's parse of <paramref name="query"/> (same parser, same options as
    /// execution's), once a request with it was executed, which means it passed validation. The tree is read-only from
    /// here on, so requests share it.
    /// </summary>
    public void Keep(string query, GraphQLDocument document)
    {
        // Held already for every request that found it here: replacing the entry each time would be work for nothing.
        if (query.Length <= limits.DocumentCacheCharacters / 16 && !TryGet(query, out _))
        {
            _documents.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
        }
    }

    public void Dispose() => _documents.Dispose();
}
