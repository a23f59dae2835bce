using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CountryRelations.Api.Hosting;
using CountryRelations.Archive;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CountryRelations.Bench;

/// <summary>
/// The profile in force on a random date, three ways in one run on one throwaway cluster: the best hand-written SQL
/// through <c>pgbench -M prepared</c> (the limit), and the same question through <c>/graphql</c> (the server), at the
/// same concurrency; plus the bulk load's rate. Prints a table and the ratios, and writes them as JSON.
/// </summary>
public static partial class AsOfBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Option(string name, int fallback) =>
            Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        var profiles = Option("--profiles", 500);
        var revisions = Option("--revisions", 20);
        var seconds = Option("--seconds", 10);
        var clients = Option("--clients", 8);
        var output = Array.IndexOf(args, "--json") is var j and >= 0 && j + 1 < args.Length ? args[j + 1] : Path.Combine(Path.GetTempPath(), "countryrelations-as-of.json");

        var folder = Path.Combine(Path.GetTempPath(), "countryrelations-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var cluster = await LocalPostgresCluster.StartAsync(folder, port: 0, stopOnDispose: true, throwaway: true);
        try
        {
            await cluster.CreateDatabaseAsync("bench");
            var (owner, application) = await DatabaseRoles.EnsureAsync(cluster.ConnectionString("bench"));
            var app = await StartServerAsync(application, owner);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/graphql";

            // Load: the corpus written as an archive and restored, the store's bulk path.
            var generator = new CorpusGenerator(profiles, revisions);
            var archive = Path.Combine(folder, "corpus.jsonl");
            int total;
            await using (var file = File.Create(archive))
            {
                total = await generator.WriteAsync(file);
            }

            var load = Stopwatch.StartNew();
            await using (var file = File.OpenRead(archive))
            {
                await HistoryArchive.RestoreAsync(file, owner);
            }

            load.Stop();
            await ExecuteAsync(owner, "VACUUM ANALYZE");

            var baseline = await PgbenchAsync(cluster, generator, clients, seconds);
            var server = await ServerAsync(address, generator, clients, seconds);
            var agree = await AnswersAgreeAsync(address, owner, generator);
            await app.StopAsync();

            var result = new JsonObject
            {
                ["shape"] = "profile in force on a random date",
                ["profiles"] = profiles, ["revisions"] = total, ["clients"] = clients, ["seconds"] = seconds,
                ["bulkLoadRevisionsPerSecond"] = Math.Round(total / load.Elapsed.TotalSeconds),
                ["baseline"] = new JsonObject { ["tool"] = "pgbench -M prepared", ["requestsPerSecond"] = Math.Round(baseline.Rps), ["latencyAverageMs"] = Math.Round(baseline.LatencyMs, 3) },
                ["server"] = new JsonObject { ["requestsPerSecond"] = Math.Round(server.Rps), ["p50Ms"] = Math.Round(server.P50, 2), ["p99Ms"] = Math.Round(server.P99, 2), ["errors"] = server.Errors },
                ["serverToBaseline"] = Math.Round(server.Rps / baseline.Rps, 3),
                ["answersAgree"] = agree,
            };
            await File.WriteAllTextAsync(output, result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

            Console.WriteLine($"corpus: {profiles} profiles × {revisions} revisions = {total} revisions, 5 sections each; bulk load {total / load.Elapsed.TotalSeconds:N0} revisions/s");
            Console.WriteLine($"shape: the profile in force on a random date; {clients} clients, {seconds} s each");
            Console.WriteLine($"{"",-28}{"requests/s",12}{"p50 ms",10}{"p99 ms",10}");
            Console.WriteLine($"{"baseline (pgbench, SQL)",-28}{baseline.Rps,12:N0}{baseline.LatencyMs,10:F2}{"",10}");
            Console.WriteLine($"{"server (/graphql)",-28}{server.Rps,12:N0}{server.P50,10:F2}{server.P99,10:F2}");
            Console.WriteLine($"ratio server/baseline: {server.Rps / baseline.Rps:F3}x; errors {server.Errors}; answers agree: {agree}");
            Console.WriteLine($"written: {output}");
            return server.Errors == 0 && agree ? 0 : 1;
        }
        finally
        {
            await cluster.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<WebApplication> StartServerAsync(string application, string owner)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Jwt:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
            ["Integrity:CheckpointKeyFile"] = Path.Combine(Path.GetTempPath(), "countryrelations-bench-key-" + Guid.NewGuid().ToString("N")[..8] + ".pem"),
            ["Seed:SampleProfiles"] = "false",
            ["Limits:MaxConcurrentRequests"] = "64",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = await builder.BuildCountryRelationsAsync(application, owner, embedded: true);
        await app.StartAsync();
        return app;
    }

    private static async Task<(double Rps, double LatencyMs)> PgbenchAsync(LocalPostgresCluster cluster, CorpusGenerator corpus, int clients, int seconds)
    {
        var script = Path.Combine(cluster.DataDirectory, "..", "as-of.sql");
        await File.WriteAllTextAsync(script, $"""
            \set p random(1, {corpus.Profiles.Count})
            \set d random(0, {corpus.Days})
            SELECT s.topic, s.heading, s.body FROM revision_in_force(:p, DATE '{CorpusGenerator.FirstDate:yyyy-MM-dd}' + (:d)::int, now()) r JOIN sections s ON s.revision_id = r.id ORDER BY s.position;

            """);
        var pgbench = Path.Combine(LocalPostgresCluster.FindBinaries()!, "pgbench");
        var start = new ProcessStartInfo(pgbench, ["-n", "-M", "prepared", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
            "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", script, "-h", "127.0.0.1", "-p", cluster.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "bench"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var tps = Tps().Match(text);
        var latency = Latency().Match(text);
        return tps.Success
            ? (double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN)
            : throw new InvalidOperationException("pgbench did not report: " + text);
    }

    private const string Query = "query($c: String!, $p: String, $d: Date) { profile(country: $c, publisher: $p, asOf: $d) { publishedOn sections { topic heading body } } }";

    private static async Task<(double Rps, double P50, double P99, int Errors)> ServerAsync(string address, CorpusGenerator corpus, int clients, int seconds)
    {
        using var http = new HttpClient();
        var latencies = new List<double>();
        var errors = 0;
        var count = 0;
        async Task Client(int seed, TimeSpan duration, bool record)
        {
            var random = new Random(seed);
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < duration)
            {
                var (publisher, country) = corpus.Profiles[random.Next(corpus.Profiles.Count)];
                var date = CorpusGenerator.FirstDate.AddDays(random.Next(corpus.Days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(address, new StringContent(JsonSerializer.Serialize(new { query = Query, variables = new { c = country, p = publisher, d = date } }), Encoding.UTF8, "application/json"));
                var body = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!record)
                {
                    continue;
                }

                lock (latencies)
                {
                    latencies.Add(elapsed);
                    count++;
                    if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
                    {
                        errors++;
                    }
                }
            }
        }

        // Two seconds of warm-up (JIT, pools), then the measured run.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i, TimeSpan.FromSeconds(2), record: false))));
        var run = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(1000 + i, TimeSpan.FromSeconds(seconds), record: true))));
        run.Stop();
        latencies.Sort();
        return (count / run.Elapsed.TotalSeconds, latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.99)], errors);
    }

    // Twenty random lookups answered by the server and by the baseline's SQL must be the same sections.
    private static async Task<bool> AnswersAgreeAsync(string address, string owner, CorpusGenerator corpus)
    {
        using var http = new HttpClient();
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            var id = random.Next(corpus.Profiles.Count);
            var (publisher, country) = corpus.Profiles[id];
            var date = CorpusGenerator.FirstDate.AddDays(random.Next(corpus.Days));
            using var response = await http.PostAsync(address, new StringContent(JsonSerializer.Serialize(new { query = Query, variables = new { c = country, p = publisher, d = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } }), Encoding.UTF8, "application/json"));
            var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["profile"]?["sections"]?.AsArray().Select(s => (string)s!["body"]!).ToList() ?? [];
            await using var command = new NpgsqlCommand("SELECT s.body FROM revision_in_force($1, $2, now()) r JOIN sections s ON s.revision_id = r.id ORDER BY s.position", connection);
            command.Parameters.AddWithValue((long)(id + 1));
            command.Parameters.AddWithValue(date);
            var expected = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    expected.Add(reader.GetString(0));
                }
            }

            if (!served.SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"tps = ([\d.]+)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"latency average = ([\d.]+) ms")]
    private static partial Regex Latency();
}
