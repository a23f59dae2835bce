using GraphQL.DataLoader;

namespace CountryRelations.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys a GraphQL level asks for and fetches them all in one call once the executor starts reading
/// results (it resolves every field of a level before awaiting any <see cref="IDataLoaderResult"/>). Lives for one
/// request, so results are cached per request only.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _batches = [];
    private HashSet<TKey> _pending = [];

    /// <summary>Queues <paramref name="key"/>; the result is read (and the batch fetched) when the executor asks for it.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batches.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                // Everything queued so far goes in one fetch; later keys start the next one.
                var keys = _pending;
                _pending = [];
                var fetching = fetch(keys, cancellationToken);
                foreach (var queued in keys)
                {
                    _batches[queued] = fetching;
                }
            }

            batch = _batches[key];
        }

        return (await batch).TryGetValue(key, out var found) ? found : default;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
