using System.Diagnostics;
using System.Text;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// Closed-loop HTTP load on loopback for one side of a shape: <see cref="Wrk"/> when it is installed; otherwise, and
/// saying so in <see cref="Tool"/>, .NET's <c>HttpClient</c> in this process — a fallback that competes with a .NET
/// server for the same cores and so understates it. Either way: a warm-up first, then <c>clients</c> connections each
/// sending the next body as soon as the last answered.
/// </summary>
public static class LoadGenerator
{
    /// <summary>What drives the load, for the report.</summary>
    public static string Tool => Wrk.IsInstalled ? "wrk (out of process)" : "HttpClient in the benchmark's process (fallback: wrk not installed, or BENCH_LOAD=httpclient)";

    public static async Task<LoadResult> RunAsync(string url, IReadOnlyList<string> bodies, int clients, TimeSpan duration, TimeSpan warmUp)
    {
        if (Wrk.IsInstalled)
        {
            if (warmUp > TimeSpan.Zero)
            {
                await Wrk.RunAsync(url, bodies, clients, warmUp);
            }

            return await Wrk.RunAsync(url, bodies, clients, duration);
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = false });
        var latencies = new List<double>();
        var errors = 0;
        var next = 0;

        async Task Client(TimeSpan length, bool record)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < length)
            {
                var body = bodies[(Interlocked.Increment(ref next) & int.MaxValue) % bodies.Count];
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
                var text = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!record)
                {
                    continue;
                }

                lock (latencies)
                {
                    latencies.Add(elapsed);
                    if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
                    {
                        errors++;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => Client(warmUp, record: false))));
        var run = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => Client(duration, record: true))));
        run.Stop();
        if (latencies.Count == 0)
        {
            return new LoadResult(0, double.NaN, double.NaN, errors);
        }

        latencies.Sort();
        return new LoadResult(latencies.Count / run.Elapsed.TotalSeconds, latencies[latencies.Count / 2], latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.99))], errors);
    }
}
