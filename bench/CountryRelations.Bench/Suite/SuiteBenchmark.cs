using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CountryRelations.Api.Hosting;
using CountryRelations.Archive;
using Npgsql;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// The performance suite: at each scale, a throwaway cluster loaded through the store's bulk path; then per query shape
/// the hand-written SQL through pgbench (the limit), the server through /graphql (in a process of its own) and, for the
/// as-of shape, PostGraphile (the peer), at the same concurrency, one after the other. At the largest scale every
/// statement the server issues for one request of each shape is logged with EXPLAIN (ANALYZE, BUFFERS) by auto_explain
/// and checked for sequential scans of revisions or sections. Prints a table per scale and writes everything as JSON.
/// </summary>
public static partial class SuiteBenchmark
{
    // What an interrupted run (Ctrl+C, SIGTERM) must still stop: the cluster and the servers are processes of their own.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<object, Func<ValueTask>> Running = new();

    // One clean-up at a time: an interrupted run's must not delete a folder under a cluster the run itself is stopping.
    private static readonly SemaphoreSlim Stopping = new(1, 1);

    private static T Track<T>(T running, Func<ValueTask> stop) where T : notnull
    {
        Running[running] = stop;
        return running;
    }

    private static async ValueTask StopAsync(object running)
    {
        if (Running.TryRemove(running, out var stop))
        {
            await stop();
        }
    }

    public static async Task<int> RunAsync(string[] args)
    {
        void StopEverything(PosixSignalContext signal)
        {
            Stopping.Wait();
            // Servers first, then the cluster they use, then its folder.
            foreach (var running in Running.Keys.OrderBy(r => r switch { ServedProcess => 0, LocalPostgresCluster => 1, _ => 2 }))
            {
                try
                {
                    StopAsync(running).AsTask().GetAwaiter().GetResult();
                }
                catch (Exception exception)
                {
                    Console.Error.WriteLine($"could not stop {running.GetType().Name}: {exception.Message}");
                }
            }

            System.Environment.Exit(signal.Signal == PosixSignal.SIGINT ? 130 : 143);
        }

        using var interrupted = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopEverything);
        using var terminated = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopEverything);

        string? Text(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        int Number(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        var revisions = Number("--revisions", 10);
        var scales = (Text("--profiles") ?? "1000").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var seconds = Number("--seconds", 5);
        var clients = Number("--clients", 8);
        var only = Text("--shapes")?.Split(',').ToHashSet();
        var usePeer = !args.Contains("--no-peer");
        var output = Text("--json") ?? Path.Combine(Path.GetTempPath(), "countryrelations-bench.json");

        var runs = new JsonArray();
        var failed = false;
        for (var i = 0; i < scales.Count; i++)
        {
            var (result, ok) = await RunScaleAsync(scales[i], revisions, seconds, clients, only, usePeer, explain: i == scales.Count - 1);
            runs.Add(result);
            failed |= !ok;
        }

        var report = new JsonObject
        {
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["clients"] = clients, ["seconds"] = seconds, ["processors"] = System.Environment.ProcessorCount,
            ["scales"] = runs,
        };
        if (runs.Count > 1 && AsOfP50(runs[0]!) is { } small && AsOfP50(runs[^1]!) is { } large)
        {
            report["asOfLatencyScaling"] = Math.Round(large / small, 2);
            Console.WriteLine($"as-of p50 at {runs[^1]!["revisions"]} revisions / at {runs[0]!["revisions"]}: {large / small:F2}x");
        }

        await File.WriteAllTextAsync(output, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"written: {output}");
        return failed ? 1 : 0;
    }

    private static double? AsOfP50(JsonNode run) => run["shapes"]?.AsArray().FirstOrDefault(s => (string?)s!["name"] == "as-of")?["server"]?["p50Ms"]?.GetValue<double>();

    private static async Task<(JsonObject Result, bool Ok)> RunScaleAsync(int profiles, int revisions, int seconds, int clients, HashSet<string>? only, bool usePeer, bool explain)
    {
        var folder = Path.Combine(Path.GetTempPath(), "countryrelations-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var run = Track(new DirectoryInfo(folder + "-run"), () =>
        {
            Directory.Delete(folder + "-run", recursive: true);
            Directory.Delete(folder, recursive: true);
            return ValueTask.CompletedTask;
        });
        run.Create();
        var cluster = await LocalPostgresCluster.StartAsync(folder, port: 0, stopOnDispose: true, throwaway: true);
        Track(cluster, cluster.DisposeAsync);
        try
        {
            await cluster.CreateDatabaseAsync("bench");
            var superuser = cluster.ConnectionString("bench");
            var (owner, application) = await DatabaseRoles.EnsureAsync(superuser);
            await RunToEndAsync(Path.Combine(AppContext.BaseDirectory, "countryrelations"), ["migrate"], Environment(application, owner, run.FullName));

            var corpus = new CorpusGenerator(profiles, revisions);
            var archive = Path.Combine(run.FullName, "corpus.jsonl");
            int total;
            await using (var file = File.Create(archive))
            {
                total = await corpus.WriteAsync(file);
            }

            var load = Stopwatch.StartNew();
            await using (var file = File.OpenRead(archive))
            {
                await ArchiveRestore.RestoreAsync(file, owner);
            }

            load.Stop();
            File.Delete(archive);
            await ExecuteAsync(superuser, "VACUUM ANALYZE");
            await ExecuteAsync(superuser, PostGraphilePeer.Function);
            var loadRate = total / load.Elapsed.TotalSeconds;
            Console.WriteLine($"== {profiles} profiles × {revisions} revisions = {total:N0} revisions (5 sections each); bulk load {loadRate:N0} revisions/s");

            var importRate = await ImportRate.MeasureAsync(Path.Combine(AppContext.BaseDirectory, "countryrelations"), Environment(application, owner, run.FullName), Math.Max(2, Math.Min(400, profiles)));
            Console.WriteLine($"import: {importRate:N0} pages/s (the import verb, start-up excluded)");
            var backfillRate = await BackfillRate.MeasureAsync(Path.Combine(AppContext.BaseDirectory, "countryrelations"), Environment(application, owner, run.FullName), Math.Max(2, Math.Min(1000, profiles)));
            Console.WriteLine($"backfill: {backfillRate:N0} captures/s from a local archive, rate limit off ({backfillRate / importRate:F2}× the import rate; start-up excluded)");

            var shapes = Shapes.For(corpus).Where(s => only is null || only.Contains(s.Name)).ToList();
            var plans = explain ? await ExplainAsync(cluster, superuser, application, owner, run.FullName, shapes) : null;

            await using var server = await StartServerAsync(application, owner, run.FullName);
            var serverUrl = $"http://127.0.0.1:{server.Port}/graphql";
            ServedProcess? peer = null;
            if (usePeer && PostGraphilePeer.Folder() is { } peerFolder && await PostGraphilePeer.EnsureInstalledAsync(peerFolder))
            {
                peer = await PostGraphilePeer.StartAsync(peerFolder, $"postgres://postgres:{cluster.Password}@127.0.0.1:{cluster.Port}/bench", ServedProcess.FreePort());
                Track(peer, peer.DisposeAsync);
            }

            var results = new JsonArray();
            var ok = true;
            Console.WriteLine($"{"shape",-10}{"side",-22}{"requests/s",12}{"p50 ms",10}{"p99 ms",10}{"errors",8}{"× SQL",8}{"× peer",8}");
            try
            {
                foreach (var shape in shapes)
                {
                    var sql = await Pgbench.RunAsync(cluster, "bench", shape.Name, shape.Sql, clients, seconds);
                    var served = await LoadGenerator.RunAsync(serverUrl, shape.Server, clients, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(2));
                    var peered = peer is not null && shape.Peer is { } ask
                        ? await LoadGenerator.RunAsync($"http://127.0.0.1:{peer.Port}/graphql", ask, clients, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(2))
                        : null;
                    Print(shape.Name, "baseline (pgbench SQL)", sql, null, null);
                    Print("", "server (/graphql)", served, served.RequestsPerSecond / sql.RequestsPerSecond, served.RequestsPerSecond / peered?.RequestsPerSecond);
                    if (peered is not null)
                    {
                        Print("", "peer (PostGraphile 4)", peered, peered.RequestsPerSecond / sql.RequestsPerSecond, null);
                    }

                    ok &= served.Errors == 0 && sql.Errors == 0 && served.RequestsPerSecond > 0;
                    results.Add(new JsonObject
                    {
                        ["name"] = shape.Name, ["description"] = shape.Description,
                        ["baseline"] = Json(sql), ["server"] = Json(served), ["peer"] = peered is null ? null : Json(peered),
                        ["serverToBaseline"] = Math.Round(served.RequestsPerSecond / sql.RequestsPerSecond, 4),
                        ["serverToPeer"] = peered is null ? null : Math.Round(served.RequestsPerSecond / peered.RequestsPerSecond, 2),
                    });
                }

                var agree = await AnswersAgreeAsync(serverUrl, peer is null ? null : $"http://127.0.0.1:{peer.Port}/graphql", owner, corpus);
                ok &= agree;
                Console.WriteLine($"server peak RSS {server.PeakResidentMegabytes:N0} MB; as-of answers agree with the SQL{(peer is null ? "" : " and the peer")}: {agree}");
                if (plans is not null)
                {
                    Console.WriteLine($"plans: {plans["statements"]} statements explained, sequential scans of revisions or sections: {plans["sequentialScans"]}");
                }

                return (new JsonObject
                {
                    ["profiles"] = profiles, ["revisions"] = total, ["bulkLoadRevisionsPerSecond"] = Math.Round(loadRate), ["importPagesPerSecond"] = Math.Round(importRate, 1), ["backfillCapturesPerSecond"] = Math.Round(backfillRate, 1),
                    ["serverPeakRssMb"] = Math.Round(server.PeakResidentMegabytes), ["answersAgree"] = agree,
                    ["shapes"] = results, ["plans"] = plans,
                }, ok);
            }
            finally
            {
                if (peer is not null)
                {
                    await StopAsync(peer);
                }
            }
        }
        finally
        {
            await Stopping.WaitAsync();
            try
            {
                await StopAsync(cluster);
                await StopAsync(run);
            }
            finally
            {
                Stopping.Release();
            }
        }
    }

    private static async Task<ServedProcess> StartServerAsync(string application, string owner, string folder)
    {
        var port = ServedProcess.FreePort();
        var server = await ServedProcess.StartAsync(
            Path.Combine(AppContext.BaseDirectory, "countryrelations"), ["serve", "--urls", $"http://127.0.0.1:{port}"], Environment(application, owner, folder), port, "/health/ready");
        return Track(server, server.DisposeAsync);
    }

    private static void Print(string shape, string side, LoadResult r, double? toSql, double? toPeer) =>
        Console.WriteLine($"{shape,-10}{side,-22}{r.RequestsPerSecond,12:N0}{r.P50,10:F2}{r.P99,10:F2}{r.Errors,8}{(toSql is { } a ? a.ToString("F3", CultureInfo.InvariantCulture) : ""),8}{(toPeer is { } b ? b.ToString("F2", CultureInfo.InvariantCulture) : ""),8}");

    private static JsonObject Json(LoadResult r) => new()
    {
        ["requestsPerSecond"] = Math.Round(r.RequestsPerSecond), ["p50Ms"] = Math.Round(r.P50, 2), ["p99Ms"] = Math.Round(r.P99, 2), ["errors"] = r.Errors,
    };

    // The server as a deployment runs it: its own roles, a random signing key, no samples, migrations done beforehand.
    private static Dictionary<string, string> Environment(string application, string owner, string folder) => new()
    {
        ["ConnectionStrings__CountryRelations"] = application,
        ["ConnectionStrings__CountryRelationsOwner"] = owner,
        ["Authentication__Jwt__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
        ["Integrity__CheckpointKeyFile"] = Path.Combine(folder, "checkpoint-key.pem"),
        ["Limits__MaxConcurrentRequests"] = "64",
        ["Limits__MaxQueuedRequests"] = "256",
        // One load generator is one client: the per-client limits would measure themselves.
        ["Limits__ClientRequestsPerSecond"] = "0",
        ["Limits__TokenRequestsPerSecond"] = "0",
        ["DOTNET_ENVIRONMENT"] = "Production",
        // The backfill measure leaves sources behind: nothing in a benchmark may fetch on its own.
        ["Capture__Enabled"] = "false",
        ["Webhooks__Enabled"] = "false",
        ["Logging__LogLevel__CountryRelations.Api.Transport.GraphQLHttpEndpoint"] = System.Environment.GetEnvironmentVariable("BENCH_LOG") ?? "Information",
    };

    /// <summary>
    /// One request of each shape against a server whose sessions log every statement's plan (auto_explain with ANALYZE
    /// and BUFFERS); the plans are kept, and sequential scans of the two big tables counted.
    /// </summary>
    private static async Task<JsonObject> ExplainAsync(LocalPostgresCluster cluster, string superuser, string application, string owner, string folder, IReadOnlyList<Shape> shapes)
    {
        var role = new NpgsqlConnectionStringBuilder(application).Username;
        await ExecuteAsync(superuser, $"""
            ALTER ROLE "{role}" SET session_preload_libraries = 'auto_explain';
            ALTER ROLE "{role}" SET auto_explain.log_min_duration = 0;
            ALTER ROLE "{role}" SET auto_explain.log_analyze = on;
            ALTER ROLE "{role}" SET auto_explain.log_buffers = on;
            ALTER ROLE "{role}" SET auto_explain.log_nested_statements = on;
            """);
        var log = Path.Combine(cluster.DataDirectory, "server.log");
        var statements = new JsonArray();
        try
        {
            await using var server = await StartServerAsync(application, owner, folder);
            using var http = new HttpClient();
            var random = new Random(11);
            foreach (var shape in shapes)
            {
                var mark = new FileInfo(log).Length;
                using var response = await http.PostAsync($"http://127.0.0.1:{server.Port}/graphql", new StringContent(shape.Server(random), System.Text.Encoding.UTF8, "application/json"));
                await response.Content.ReadAsStringAsync();
                await Task.Delay(300);
                foreach (var plan in Plans(ReadFrom(log, mark)))
                {
                    statements.Add(new JsonObject { ["shape"] = shape.Name, ["plan"] = plan, ["sequentialScan"] = SequentialScan().IsMatch(plan) });
                }
            }
        }
        finally
        {
            await ExecuteAsync(superuser, $"""ALTER ROLE "{role}" RESET ALL;""");
        }

        return new JsonObject
        {
            ["statements"] = statements.Count,
            ["sequentialScans"] = statements.Count(s => s!["sequentialScan"]!.GetValue<bool>()),
            ["explained"] = statements,
        };
    }

    private static string ReadFrom(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(offset, SeekOrigin.Begin);
        return new StreamReader(stream).ReadToEnd();
    }

    // auto_explain writes "LOG:  duration: … ms  plan:" then the query text and the plan, until the next log line.
    private static IEnumerable<string> Plans(string log) =>
        Regex.Split(log, @"(?m)^(?=\S.*LOG:\s+duration: .* plan:)").Where(p => p.Contains("plan:", StringComparison.Ordinal)).Select(p => p.Trim());

    [GeneratedRegex(@"Seq Scan on (revisions|sections|section_search)\b")]
    private static partial Regex SequentialScan();

    private static async Task RunToEndAsync(string program, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} failed:\n{output}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // Twenty random as-of lookups answered by the server (and the peer) must be the baseline SQL's sections.
    private static async Task<bool> AnswersAgreeAsync(string server, string? peer, string owner, CorpusGenerator corpus)
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
            var variables = new { c = country, p = publisher, d = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
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

            using var served = await http.PostAsync(server, Content("query($c: String!, $p: String, $d: Date) { profile(country: $c, publisher: $p, asOf: $d) { sections { body } } }", variables));
            var fromServer = JsonNode.Parse(await served.Content.ReadAsStringAsync())!["data"]?["profile"]?["sections"]?.AsArray().Select(s => (string)s!["body"]!).ToList() ?? [];
            if (!fromServer.SequenceEqual(expected))
            {
                return false;
            }

            if (peer is not null)
            {
                using var peered = await http.PostAsync(peer, Content(PostGraphilePeer.Query, variables));
                var fromPeer = JsonNode.Parse(await peered.Content.ReadAsStringAsync())!["data"]?["benchProfile"]?["sectionsByRevisionIdList"]?.AsArray().Select(s => (string)s!["body"]!).ToList() ?? [];
                if (!fromPeer.SequenceEqual(expected))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static StringContent Content(string query, object variables) =>
        new(JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json");
}
