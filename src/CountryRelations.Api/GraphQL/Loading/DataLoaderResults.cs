using GraphQL.DataLoader;

namespace CountryRelations.Api.GraphQL.Loading;

/// <summary>Composition of loader results, so a field can derive its value from a batched one and stay batched.</summary>
public static class DataLoaderResults
{
    /// <summary>A result that applies <paramref name="map"/> to <paramref name="result"/> once it is read.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
