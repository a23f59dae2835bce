using System.Collections.Concurrent;

namespace CountryRelations.Capture;

/// <summary>
/// Politeness per host: one request at a time, and at least a minimum delay between the end of one and the start of
/// the next. Shared by page fetches and robots.txt within one process; instances share the load by claiming
/// different sources.
/// </summary>
public sealed class HostGate(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs <paramref name="request"/> when <paramref name="host"/> is free and has rested <paramref name="delay"/>.</summary>
    public async Task<T> RunAsync<T>(string host, TimeSpan delay, Func<Task<T>> request, CancellationToken cancellationToken)
    {
        var gate = _hosts.GetOrAdd(host, _ => new Host());
        await gate.Lock.WaitAsync(cancellationToken);
        try
        {
            var rested = clock.GetUtcNow() - gate.LastDone;
            if (rested < delay)
            {
                await Task.Delay(delay - rested, clock, cancellationToken);
            }

            return await request();
        }
        finally
        {
            gate.LastDone = clock.GetUtcNow();
            gate.Lock.Release();
        }
    }

    private sealed class Host
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset LastDone { get; set; } = DateTimeOffset.MinValue;
    }
}
