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
/// The performance suite: at each scale (10k, 100k and 1M revisions by default), a throwaway cluster loaded through the
/// store's bulk path, the import and backfill rates; then per query shape, in interleaved rounds, every side that can
/// answer it — the hand-written SQL through pgbench (the database's limit), the server through /graphql (a process of
/// its own), PostGraphile (the peer) and a minimal ASP.NET Core endpoint (the .NET HTTP limit) — all HTTP sides driven
/// by the same out-of-process load tool. At the largest scale every statement the server issues for one request of each
/// shape is explained and checked for sequential scans. Prints a table per scale and the targets, writes JSON.
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
        var scales = (Text("--profiles") ?? "1000,10000,100000").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture))
            .Where(p => !args.Contains("--skip-million") || p * revisions < 1_000_000).ToList();
        var options = new SuiteOptions(
            revisions, Number("--seconds", 5), Number("--clients", 8), Math.Max(1, Number("--rounds", 3)), Text("--shapes")?.Split(',').ToHashSet(),
            !args.Contains("--no-peer"), !args.Contains("--no-minimal"), Text("--server"));
        var output = Text("--json") ?? Path.Combine(Path.GetTempPath(), "countryrelations-bench.json");
        Console.WriteLine($"load: {LoadGenerator.Tool}; {options.Rounds} interleaved rounds of {options.Seconds} s per side; {options.Clients} connections");

        var runs = new JsonArray();
        var failed = false;
        var took = Stopwatch.StartNew();
        for (var i = 0; i < scales.Count; i++)
        {
            var (result, ok) = await RunScaleAsync(scales[i], options, explain: i == scales.Count - 1);
            runs.Add(result);
            failed |= !ok;
        }

        var report = new JsonObject
        {
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["load"] = LoadGenerator.Tool, ["clients"] = options.Clients, ["seconds"] = options.Seconds, ["rounds"] = options.Rounds,
            ["processors"] = System.Environment.ProcessorCount, ["minutes"] = Math.Round(took.Elapsed.TotalMinutes, 1),
            ["scales"] = runs,
        };
        report["targets"] = Targets.Print(runs);
        Console.WriteLine($"the whole suite took {took.Elapsed.TotalMinutes:F1} minutes");
        await File.WriteAllTextAsync(output, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"written: {output}");
        return failed ? 1 : 0;
    }

    private static async Task<(JsonObject Result, bool Ok)> RunScaleAsync(int profiles, SuiteOptions options, bool explain)
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

            var corpus = new CorpusGenerator(profiles, options.Revisions);
            var archive = Path.Combine(run.FullName, "corpus.jsonl");
            int total;
            await using (var file = File.Create(archive))
            {
                total = await corpus.WriteAsync(file);
            }

            var walBefore = await ScalarAsync<string>(superuser, "SELECT pg_current_wal_lsn()::text");
            var load = Stopwatch.StartNew();
            await using (var file = File.OpenRead(archive))
            {
                await ArchiveRestore.RestoreAsync(file, owner);
            }

            load.Stop();
            File.Delete(archive);
            await ExecuteAsync(superuser, "VACUUM ANALYZE");
            await ExecuteAsync(superuser, PostGraphilePeer.Functions);
            var loadRate = total / load.Elapsed.TotalSeconds;
            Console.WriteLine($"== {profiles} profiles × {options.Revisions} revisions = {total:N0} revisions (5 sections each); bulk load {loadRate:N0} revisions/s");
            var storage = new JsonObject
            {
                ["walBytesDuringLoad"] = await ScalarAsync<long>(superuser, $"SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '{walBefore}')::bigint"),
                ["databaseBytes"] = await ScalarAsync<long>(superuser, "SELECT pg_database_size(current_database())"),
                ["revisionsBytes"] = await ScalarAsync<long>(superuser, "SELECT pg_total_relation_size('revisions')"),
                ["sectionsBytes"] = await ScalarAsync<long>(superuser, "SELECT pg_total_relation_size('sections')"),
                ["searchBytes"] = await ScalarAsync<long>(superuser, "SELECT pg_total_relation_size('section_search')"),
            };
            static string Mb(JsonNode? bytes) => $"{bytes!.GetValue<long>() / (1024.0 * 1024):N0} MB";
            Console.WriteLine($"storage: database {Mb(storage["databaseBytes"])} (revisions {Mb(storage["revisionsBytes"])}, sections {Mb(storage["sectionsBytes"])}, search index {Mb(storage["searchBytes"])}); WAL written by the load {Mb(storage["walBytesDuringLoad"])}");

            var importRate = await ImportRate.MeasureAsync(Path.Combine(AppContext.BaseDirectory, "countryrelations"), Environment(application, owner, run.FullName), Math.Max(2, Math.Min(400, profiles)));
            Console.WriteLine($"import: {importRate:N0} pages/s (the import verb, start-up excluded)");
            var backfillRate = await BackfillRate.MeasureAsync(Path.Combine(AppContext.BaseDirectory, "countryrelations"), Environment(application, owner, run.FullName), Math.Max(2, Math.Min(1000, profiles)));
            Console.WriteLine($"backfill: {backfillRate:N0} captures/s from a local archive, rate limit off ({backfillRate / importRate:F2}× the import rate; start-up excluded)");

            var shapes = Shapes.For(corpus).Where(s => options.Only is null || options.Only.Contains(s.Name)).ToList();
            var plans = explain ? await ExplainAsync(cluster, superuser, application, owner, run.FullName, shapes) : null;

            await using var server = await StartServerAsync(application, owner, run.FullName, program: options.ServerProgram);
            var serverUrl = $"http://127.0.0.1:{server.Port}/graphql";
            // The same server without its answer cache: what each query costs when nobody asked it just before. Shapes
            // with few distinct requests (8 search words, 660 dates) are answered from the cache once warm.
            await using var uncached = await StartServerAsync(application, owner, run.FullName, answerCache: false, program: options.ServerProgram);
            var uncachedUrl = $"http://127.0.0.1:{uncached.Port}/graphql";
            ServedProcess? peer = null;
            ServedProcess? minimal = null;
            if (options.UsePeer && PostGraphilePeer.Folder() is { } peerFolder && await PostGraphilePeer.EnsureInstalledAsync(peerFolder))
            {
                peer = await PostGraphilePeer.StartAsync(peerFolder, $"postgres://postgres:{cluster.Password}@127.0.0.1:{cluster.Port}/bench", ServedProcess.FreePort());
                Track(peer, peer.DisposeAsync);
            }

            if (options.UseMinimal)
            {
                if (MinimalEndpoint.Assembly() is { } assembly)
                {
                    minimal = await MinimalEndpoint.StartAsync(assembly, application, ServedProcess.FreePort());
                    Track(minimal, minimal.DisposeAsync);
                }
                else
                {
                    Console.Error.WriteLine("minimal endpoint: not built beside the suite, skipped");
                }
            }

            var results = new JsonArray();
            var ok = true;
            Console.WriteLine($"{"shape",-10}{"side (median of rounds)",-24}{"requests/s",12}{"p50 ms",10}{"p99 ms",10}{"errors",8}");
            try
            {
                // The .NET processes compile their hot paths in tiers over the first seconds of load: every shape runs
                // against them once first, so no side's first round measures its compiler.
                foreach (var shape in shapes)
                {
                    foreach (var url in new[] { serverUrl, uncachedUrl })
                    {
                        await LoadGenerator.RunAsync(url, Draw(shape.Server, 1), options.Clients, TimeSpan.FromSeconds(3), TimeSpan.Zero);
                    }

                    if (MinimalUrl(minimal, shape) is { } minimalUrl)
                    {
                        await LoadGenerator.RunAsync(minimalUrl, Draw(shape.Server, 1), options.Clients, TimeSpan.FromSeconds(3), TimeSpan.Zero);
                    }
                }

                foreach (var shape in shapes)
                {
                    var (result, shapeOk) = await MeasureShapeAsync(shape, cluster, serverUrl, uncachedUrl, peer, minimal, options);
                    results.Add(result);
                    ok &= shapeOk;
                }

                // The memory target's load: as-of and timeline at 32 connections, after everything else.
                var busy = new JsonObject();
                foreach (var shape in shapes.Where(s => s.Name is "as-of" or "timeline"))
                {
                    var at32 = await LoadGenerator.RunAsync(serverUrl, Draw(shape.Server, options.Seconds), 32, TimeSpan.FromSeconds(options.Seconds), TimeSpan.FromSeconds(1));
                    busy[shape.Name] = Json(at32);
                    ok &= at32.Errors == 0;
                }

                var agree = await AnswersAgreeAsync(serverUrl, peer is null ? null : $"http://127.0.0.1:{peer.Port}/graphql", minimal is null ? null : $"http://127.0.0.1:{minimal.Port}/as-of", owner, corpus);
                ok &= agree;
                Console.WriteLine($"server peak RSS {server.PeakResidentMegabytes:N0} MB (its last load: 32 connections); as-of answers agree with the SQL{(peer is null ? "" : ", the peer")}{(minimal is null ? "" : ", the minimal endpoint")}: {agree}");
                if (plans is not null)
                {
                    Console.WriteLine($"plans: {plans["statements"]} statements explained, sequential scans of revisions or sections: {plans["sequentialScans"]}");
                }

                return (new JsonObject
                {
                    ["profiles"] = profiles, ["revisions"] = total, ["bulkLoadRevisionsPerSecond"] = Math.Round(loadRate), ["importPagesPerSecond"] = Math.Round(importRate, 1), ["backfillCapturesPerSecond"] = Math.Round(backfillRate, 1),
                    ["serverPeakRssMb"] = Math.Round(server.PeakResidentMegabytes), ["at32Connections"] = busy, ["storage"] = storage, ["answersAgree"] = agree,
                    ["shapes"] = results, ["plans"] = plans,
                }, ok);
            }
            finally
            {
                foreach (var side in new[] { peer, minimal })
                {
                    if (side is not null)
                    {
                        await StopAsync(side);
                    }
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

    private static async Task<ServedProcess> StartServerAsync(string application, string owner, string folder, bool answerCache = true, string? program = null)
    {
        var port = ServedProcess.FreePort();
        var environment = Environment(application, owner, folder);
        if (!answerCache)
        {
            environment["AnswerCache__Megabytes"] = "0";
        }

        var server = await ServedProcess.StartAsync(
            program ?? Path.Combine(AppContext.BaseDirectory, "countryrelations"), ["serve", "--urls", $"http://127.0.0.1:{port}"], environment, port, "/health/ready");
        return Track(server, server.DisposeAsync);
    }

    // One shape: every side it has, in interleaved rounds (pgbench, server, peer, minimal; again), the ratios taken per
    // round and their median reported, so a noisy neighbour in one round moves one sample, not the verdict.
    private static async Task<(JsonObject Result, bool Ok)> MeasureShapeAsync(
        Shape shape, LocalPostgresCluster cluster, string serverUrl, string uncachedUrl, ServedProcess? peer, ServedProcess? minimal, SuiteOptions options)
    {
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var bodies = Draw(shape.Server, options.Seconds);
        // An HTTP side: its first round after a warm-up of its own.
        Func<bool, Task<LoadResult>> Http(string url, List<string> sent) =>
            warm => LoadGenerator.RunAsync(url, sent, options.Clients, duration, warm ? TimeSpan.FromSeconds(2) : TimeSpan.Zero);
        var sides = new List<(string Name, Func<bool, Task<LoadResult>> Run)>
        {
            ("sql", _ => Pgbench.RunAsync(cluster, "bench", shape.Name, shape.Sql, options.Clients, options.Seconds)),
            ("server", Http(serverUrl, bodies)),
            ("uncached", Http(uncachedUrl, bodies)),
        };
        if (peer is not null && shape.Peer is { } ask)
        {
            sides.Add(("peer", Http($"http://127.0.0.1:{peer.Port}/graphql", Draw(ask, options.Seconds))));
        }

        if (MinimalUrl(minimal, shape) is { } minimalUrl)
        {
            sides.Add(("minimal", Http(minimalUrl, bodies)));
        }

        var rounds = sides.ToDictionary(s => s.Name, _ => new List<LoadResult>());
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var (name, runSide) in sides)
            {
                rounds[name].Add(await runSide(round == 0));
            }
        }

        var result = new JsonObject { ["name"] = shape.Name, ["description"] = shape.Description };
        var sidesJson = new JsonObject();
        foreach (var (name, results) in rounds)
        {
            var median = Median(results);
            sidesJson[name] = Json(median);
            Console.WriteLine($"{(name == "sql" ? shape.Name : ""),-10}{SideNames[name],-24}{median.RequestsPerSecond,12:N0}{median.P50,10:F2}{median.P99,10:F2}{median.Errors,8}");
        }

        result["sides"] = sidesJson;
        foreach (var server in Servers)
        {
            var ratios = new JsonObject();
            var line = new List<string>();
            foreach (var other in Baselines.Where(rounds.ContainsKey))
            {
                var perRound = rounds[server].Zip(rounds[other], (s, o) => s.RequestsPerSecond / o.RequestsPerSecond).ToList();
                var median = MedianOf(perRound);
                ratios[other] = new JsonObject { ["median"] = Finite(median, 4), ["rounds"] = new JsonArray(perRound.Select(r => Finite(r, 4)).ToArray()) };
                line.Add($"× {other} {median.ToString(other == "sql" ? "F3" : "F2", CultureInfo.InvariantCulture)} [{string.Join(' ', perRound.Select(r => r.ToString(other == "sql" ? "F3" : "F2", CultureInfo.InvariantCulture)))}]");
            }

            result[server == "server" ? "serverTo" : "uncachedTo"] = ratios;
            Console.WriteLine($"{"",-10}{server,-9}{string.Join("; ", line)}");
        }

        if (shape.NoPeer is { } why)
        {
            Console.WriteLine($"{"",-10}no peer: {why}");
        }

        // A side too slow to answer once within a round shows 0 requests/s (a figure, not an error).
        var ok = rounds.Values.All(r => r.All(x => x.Errors == 0));
        return (result, ok);
    }

    // Where the minimal endpoint answers the shape, if it runs and answers it.
    private static string? MinimalUrl(ServedProcess? minimal, Shape shape) =>
        minimal is not null && shape.MinimalPath is { } path ? $"http://127.0.0.1:{minimal.Port}{path}" : null;

    private static readonly string[] Baselines = ["peer", "minimal", "sql"];

    private static readonly string[] Servers = ["server", "uncached"];

    private static readonly Dictionary<string, string> SideNames = new()
    {
        ["sql"] = "SQL (pgbench)", ["server"] = "server (/graphql)", ["uncached"] = "server, no answer cache", ["peer"] = "peer (PostGraphile 4)", ["minimal"] = "minimal endpoint",
    };

    // Enough distinct requests that a run seldom repeats one (a repeat would be a cache hit the shape did not intend).
    private static List<string> Draw(Func<Random, string> body, int seconds)
    {
        var random = new Random(1000 + seconds);
        return [.. Enumerable.Range(0, Math.Clamp(seconds * 4_000, 4_000, 40_000)).Select(_ => body(random))];
    }

    private static LoadResult Median(List<LoadResult> results) =>
        new(MedianOf(results.Select(r => r.RequestsPerSecond)), MedianOf(results.Select(r => r.P50)), MedianOf(results.Select(r => r.P99)), results.Sum(r => r.Errors));

    // The middle value; of an even count, the mean of the two middle ones (two rounds: their mean, not the better).
    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static JsonObject Json(LoadResult r) => new()
    {
        ["requestsPerSecond"] = Finite(r.RequestsPerSecond, 0), ["p50Ms"] = Finite(r.P50, 2), ["p99Ms"] = Finite(r.P99, 2), ["errors"] = r.Errors,
    };

    // JSON has no infinity or NaN: a side that answered nothing in a round has no rate, percentile or ratio (null).
    private static JsonNode? Finite(double value, int digits) => double.IsFinite(value) ? Math.Round(value, digits) : null;

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

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // Twenty random as-of lookups answered by the server (and the peer) must be the baseline SQL's sections.
    private static async Task<bool> AnswersAgreeAsync(string server, string? peer, string? minimal, string owner, CorpusGenerator corpus)
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

            foreach (var url in new[] { server, minimal }.OfType<string>())
            {
                // The minimal endpoint reads the server's request body and answers in the same JSON shape.
                using var served = await http.PostAsync(url, Content("query($c: String!, $p: String, $d: Date) { profile(country: $c, publisher: $p, asOf: $d) { sections { body } } }", variables));
                var fromServer = JsonNode.Parse(await served.Content.ReadAsStringAsync())!["data"]?["profile"]?["sections"]?.AsArray().Select(s => (string)s!["body"]!).ToList() ?? [];
                if (!fromServer.SequenceEqual(expected))
                {
                    return false;
                }
            }

            if (peer is not null)
            {
                using var peered = await http.PostAsync(peer, Content(PostGraphilePeer.AsOf, variables));
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
