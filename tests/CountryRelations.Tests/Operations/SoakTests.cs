using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CountryRelations.Tests.Operations;

/// <summary>
/// A server process under steady mixed work — reads, writes, imports and open streams — for a while: nothing fails,
/// and its memory, threads and database connections stay flat once warm. CI runs it for 45 s; <c>SOAK_SECONDS=1800</c>
/// is the half-hour run whose figures are in docs/reliability.md.
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Length = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("SOAK_SECONDS"), out var seconds) ? seconds : 45);

    [Fact]
    public async Task Under_steady_mixed_work_nothing_fails_and_memory_threads_and_connections_stay_flat()
    {
        var database = await TestDatabase.GetAsync();
        var publisher = await TestData.NewPublisherAsync((await TestServer.GetAsync()).Services);
        var tag = "soak-" + Guid.NewGuid().ToString("N")[..8];
        var application = new NpgsqlConnectionStringBuilder(database.ApplicationConnectionString) { ApplicationName = tag }.ConnectionString;
        var port = CliProcess.FreePort();
        using var server = CliProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--Authentication:Jwt:SigningKey=" + TestServer.Jwt.SigningKey,
            "--ConnectionStrings:CountryRelations=" + application, "--ConnectionStrings:CountryRelationsOwner=" + database.OwnerConnectionString,
            "--Limits:ClientRequestsPerSecond=0", "--Limits:TokenRequestsPerSecond=0", "--Capture:Enabled=false", "--Webhooks:Enabled=false", "--Logging:LogLevel:Default=Warning"],
            CliProcess.Database(application, database.OwnerConnectionString));
        var drained = Task.WhenAll(server.StandardOutput.ReadToEndAsync(), server.StandardError.ReadToEndAsync());
        var graphQL = new Uri($"http://127.0.0.1:{port}/graphql");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var failures = new List<string>();
        var counts = new int[4];
        try
        {
            await WaitUntilServingAsync(client, graphQL, server);
            using var stop = new CancellationTokenSource(Length);
            var work = new List<Task>
            {
                Repeat(TimeSpan.FromMilliseconds(20), i => Read(client, graphQL, i), counts, 0, failures, stop.Token),
                Repeat(TimeSpan.FromMilliseconds(20), i => Read(client, graphQL, i + 1), counts, 0, failures, stop.Token),
                Repeat(TimeSpan.FromMilliseconds(250), i => Publish(client, graphQL, publisher, i), counts, 1, failures, stop.Token),
                Repeat(TimeSpan.FromMilliseconds(500), i => Import(client, graphQL, publisher, i), counts, 2, failures, stop.Token),
            };
            work.AddRange(Enumerable.Range(0, 4).Select(_ => Listen(client, graphQL, publisher, counts, failures, stop.Token)));
            var samples = await SampleAsync(server.Id, tag, database.OwnerConnectionString, stop.Token);
            await Task.WhenAll(work);

            // Warm once a quarter of the run has passed; flat if the last quarter stays within its bounds.
            var warm = samples.Where(s => s.At >= Length / 4 && s.At < Length / 2).ToList();
            var late = samples.Where(s => s.At >= Length * 3 / 4).ToList();
            output.WriteLine($"{Length.TotalSeconds:F0} s: {counts[0]} reads, {counts[1]} publications, {counts[2]} imports, {counts[3]} events; " +
                $"RSS {Median(warm, s => s.Rss) / 1048576.0:F0} (at most {warm.Max(s => s.Rss) / 1048576.0:F0}) → {Median(late, s => s.Rss) / 1048576.0:F0} MB, threads {warm.Max(s => s.Threads)} → {late.Max(s => s.Threads)}, " +
                $"connections {warm.Max(s => s.Connections)} → {late.Max(s => s.Connections)}");
            Assert.Empty(failures.Take(5));
            Assert.True(counts[3] > 0 && counts[1] > 0 && counts[2] > 0, string.Join(", ", counts));
            // Flat within 10 % over a long run. A short one on a machine busy with other tests (CI) catches only gross
            // growth: there the GC may still be sizing its heaps (seen: 229 → 301 MB in the last quarter of 45 s, while
            // the half-hour run stayed flat).
            var allowed = Length >= TimeSpan.FromMinutes(10) ? 1.10 : 1.50;
            Assert.True(Median(late, s => s.Rss) <= Median(warm, s => s.Rss) * allowed, $"RSS grew more than {allowed - 1:P0}");
            Assert.True(late.Max(s => s.Threads) <= warm.Max(s => s.Threads) * 1.10 + 2, "threads grew");
            Assert.True(late.Max(s => s.Connections) <= warm.Max(s => s.Connections) + 2, "connections grew");
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            await drained;
        }
    }

    private sealed record Sample(TimeSpan At, long Rss, int Threads, long Connections);

    private static async Task<List<Sample>> SampleAsync(int pid, string tag, string owner, CancellationToken stop)
    {
        var samples = new List<Sample>();
        var clock = Stopwatch.StartNew();
        await using var probe = new NpgsqlConnection(owner);
        await probe.OpenAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            var status = await File.ReadAllLinesAsync($"/proc/{pid}/status", CancellationToken.None);
            long Field(string name) => long.Parse(status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1", probe) { Parameters = { new() { Value = tag } } };
            samples.Add(new Sample(clock.Elapsed, Field("VmRSS") * 1024, (int)Field("Threads"), (long)(await count.ExecuteScalarAsync(CancellationToken.None))!));
            await Task.Delay(1000, CancellationToken.None);
        }

        return samples;
    }

    private static double Median(List<Sample> samples, Func<Sample, long> value) =>
        samples.Select(value).Order().ElementAt(samples.Count / 2);

    private static async Task Repeat(TimeSpan pause, Func<int, Task<string?>> step, int[] counts, int slot, List<string> failures, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            if (await step(i) is { } failure)
            {
                lock (failures)
                {
                    failures.Add(failure);
                }
            }

            Interlocked.Increment(ref counts[slot]);
            await Task.Delay(pause, CancellationToken.None);
        }
    }

    private static Task<string?> Read(HttpClient client, Uri graphQL, int i) =>
        PostAsync(client, graphQL, i % 2 == 0
            ? "{ profile(country: \"KP\", publisher: \"FR-MFA\") { publishedOn sections { heading } } }"
            : "{ search(text: \"cooperation\", first: 5) { nodes { section { heading } } } }", null, token: null);

    private static Task<string?> Publish(HttpClient client, Uri graphQL, string publisher, int i) =>
        PostAsync(client, graphQL, "mutation($input: PublishRevisionInput!) { publishRevision(input: $input) { id } }",
            new { input = new { country = "KP", publisher, language = "en", publishedOn = Day(i), recordedBy = "soak", sections = new[] { new { heading = "Economic relations", body = $"Trade reached {i} million euros." } } } },
            TestServer.StaffToken);

    private static Task<string?> Import(HttpClient client, Uri graphQL, string publisher, int i) =>
        PostAsync(client, graphQL, "mutation($input: ImportDocumentInput!) { importDocument(input: $input) { outcome } }",
            new { input = new { content = $"Cultural cooperation\n\nThe {i}th festival took place in Dakar.\n", format = "TEXT", publisher, language = "en", country = "SN", publishedOn = Day(i), recordedBy = "soak" } },
            TestServer.StaffToken);

    private static string Day(int i) => new DateOnly(1990, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string?> PostAsync(HttpClient client, Uri graphQL, string query, object? variables, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, graphQL) { Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && JsonNode.Parse(body)?["errors"] is null ? null : $"{(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}";
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return failure.Message;
        }
    }

    private static async Task Listen(HttpClient client, Uri graphQL, string publisher, int[] counts, List<string> failures, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, graphQL)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "subscription($p: String) { revisionRecorded(publisher: $p) { id comparedToPrevious { summary { changed } } } }", variables = new { p = publisher } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
            using var events = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
            while (await events.ReadLineAsync(stop) is { } line)
            {
                if (line.StartsWith("data: {", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref counts[3]);
                    if (line.Contains("\"errors\"", StringComparison.Ordinal))
                    {
                        lock (failures)
                        {
                            failures.Add("event: " + line[..Math.Min(300, line.Length)]);
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    private static async Task WaitUntilServingAsync(HttpClient client, Uri graphQL, Process server)
    {
        for (var attempt = 0; attempt < 120 && !server.HasExited; attempt++)
        {
            try
            {
                using var ready = await client.GetAsync(new Uri(graphQL, "/health/ready"));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        Assert.Fail("The server did not start.");
    }
}
