using System.Diagnostics;
using System.Text;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// Closed-loop load on loopback: <c>clients</c> concurrent loops, each sending the next request as soon as the last
/// answered, for a bounded time after a warm-up. A response counts as an error unless it is 200 with no "errors".
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(string url, Func<Random, string> body, int clients, TimeSpan duration, TimeSpan warmUp)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = false });
        var latencies = new List<double>();
        var errors = 0;

        async Task Client(int seed, TimeSpan length, bool record)
        {
            var random = new Random(seed);
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < length)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(url, new StringContent(body(random), Encoding.UTF8, "application/json"));
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

        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i, warmUp, record: false))));
        var run = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(1000 + i, duration, record: true))));
        run.Stop();
        if (latencies.Count == 0)
        {
            return new LoadResult(0, double.NaN, double.NaN, errors);
        }

        latencies.Sort();
        return new LoadResult(latencies.Count / run.Elapsed.TotalSeconds, latencies[latencies.Count / 2], latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.99))], errors);
    }
}
