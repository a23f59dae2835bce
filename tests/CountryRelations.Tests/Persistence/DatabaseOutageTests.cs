using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using CountryRelations.Api.Hosting;
using CountryRelations.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CountryRelations.Tests.Persistence;

/// <summary>
/// PostgreSQL stopped and started again under mixed load, on a cluster of the test's own: while it is down every
/// request gets a coded answer (DATABASE_UNAVAILABLE, 503), never an internal error; afterwards every acknowledged
/// write is stored and no refused one is, and the server serves again without a restart.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private const string Publish = "mutation($input: PublishRevisionInput!) { publishRevision(input: $input) { id recordedBy } }";

    [Fact]
    public async Task An_outage_under_load_is_answered_with_codes_and_loses_no_acknowledged_write()
    {
        var (folder, cluster, connections) = await OwnClusterAsync("outage");
        var port = cluster.Port;
        var logs = new CapturedLogs();
        var server = await TestServer.StartAsync(new Dictionary<string, string?>(), (connections.Application, connections.Owner), logs);
        try
        {
            var acknowledged = new ConcurrentBag<string>();
            var refused = new ConcurrentBag<string>();
            var codes = new ConcurrentDictionary<string, int>();
            var statuses = new ConcurrentDictionary<int, int>();
            using var stop = new CancellationTokenSource();
            var writer = 0;

            async Task LoadAsync(int client)
            {
                for (var i = 0; !stop.IsCancellationRequested && i < 400; i++)
                {
                    var isWrite = (client + i) % 2 == 0;
                    var name = $"writer-{Interlocked.Increment(ref writer)}";
                    using var response = isWrite
                        ? await server.PostAsync(Publish, new
                        {
                            input = new
                            {
                                country = "SN", publisher = "FR-MFA", publishedOn = new DateOnly(1990, 1, 1).AddDays(int.Parse(name[7..], System.Globalization.CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                                recordedBy = name, sections = new[] { new { heading = "Political relations", body = "Text " + name } },
                            },
                        })
                        : await server.PostAsync("{ profiles(first: 5) { totalCount nodes { country { code } } } }");
                    var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    if ((string?)json["errors"]?[0]?["extensions"]?["code"] is { } code)
                    {
                        codes.AddOrUpdate(code, 1, (_, n) => n + 1);
                        if (isWrite)
                        {
                            refused.Add(name);
                        }
                    }
                    else if (isWrite)
                    {
                        acknowledged.Add((string)json["data"]!["publishRevision"]!["recordedBy"]!);
                    }

                    await Task.Delay(20);
                }
            }

            var load = Enumerable.Range(0, 6).Select(client => Task.Run(() => LoadAsync(client))).ToList();
            await Task.Delay(1500);
            await cluster.DisposeAsync();
            await Task.Delay(2500);
            cluster = await LocalPostgresCluster.StartAsync(folder, port, stopOnDispose: true);
            await Task.Delay(2500);
            await stop.CancelAsync();
            await Task.WhenAll(load);
            var after = await server.QueryAsync("{ profiles(first: 5) { totalCount } }");

            var stored = await StoredWritersAsync(connections.Owner);
            output.WriteLine($"statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}; codes: {string.Join(", ", codes.Select(c => $"{c.Key}×{c.Value}"))}; acknowledged {acknowledged.Count}, refused {refused.Count}");
            Assert.DoesNotContain(statuses.Keys, status => status >= 500 && status != (int)HttpStatusCode.ServiceUnavailable);
            Assert.True(codes.Keys.SequenceEqual(["DATABASE_UNAVAILABLE"]),
                string.Join(", ", codes.Keys) + "\n" + string.Join("\n", logs.Lines.Where(l => l.Contains("Unhandled", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).Take(5)));
            Assert.True(codes["DATABASE_UNAVAILABLE"] > 0, "the outage was not seen");
            Assert.Subset(stored, acknowledged.ToHashSet());
            Assert.Empty(refused.Intersect(stored));
            Assert.Null(after["errors"]);
        }
        finally
        {
            await server.StopAsync();
            await cluster.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_up_waits_for_a_database_that_is_not_reachable_yet()
    {
        var (folder, cluster, connections) = await OwnClusterAsync("late");
        var port = cluster.Port;
        await cluster.DisposeAsync();
        TestServer? server = null;
        try
        {
            var starting = TestServer.StartAsync(new Dictionary<string, string?>(), (connections.Application, connections.Owner));
            await Task.Delay(2000);
            Assert.False(starting.IsCompleted, "the server started without its database");
            cluster = await LocalPostgresCluster.StartAsync(folder, port, stopOnDispose: true);
            server = await starting.WaitAsync(TimeSpan.FromSeconds(45));

            Assert.Null((await server.QueryAsync("{ countries(search: \"Senegal\") { code } }"))["errors"]);
        }
        finally
        {
            if (server is not null)
            {
                await server.StopAsync();
            }

            await cluster.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    // A cluster of the test's own, so that it can be stopped, with its owner and application roles.
    private static async Task<(string Folder, LocalPostgresCluster Cluster, (string Owner, string Application) Connections)> OwnClusterAsync(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"countryrelations-{name}-" + Guid.NewGuid().ToString("N")[..10]);
        var cluster = await LocalPostgresCluster.StartAsync(folder, QuietPort(), stopOnDispose: true);
        await cluster.CreateDatabaseAsync(name);
        return (folder, cluster, await DatabaseRoles.EnsureAsync(cluster.ConnectionString(name)));
    }

    // The cluster is stopped and started again on the same port; a port from the ephemeral range could meanwhile be
    // handed to any other socket of the test run (a Kestrel on port 0), so take one below it.
    private static int QuietPort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(20_000, 30_000);
            try
            {
                using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (System.Net.Sockets.SocketException) when (attempt < 100)
            {
                // Taken: try another.
            }
        }
    }

    private static async Task<HashSet<string>> StoredWritersAsync(string connectionString)
    {
        // Not from the pool: its connections died with the server.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT recorded_by FROM revisions WHERE recorded_by LIKE 'writer-%'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var writers = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            writers.Add(reader.GetString(0));
        }

        return writers;
    }
}
