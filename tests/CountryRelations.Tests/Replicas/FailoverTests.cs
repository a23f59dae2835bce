using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CountryRelations.Api.Hosting;
using CountryRelations.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CountryRelations.Tests.Replicas;

/// <summary>
/// Failover as an operator does it: a primary with a synchronous standby, the server given both hosts; while writes
/// run, the primary crashes (immediate stop) and the standby is promoted. No acknowledged write is lost, and the same server process
/// writes and reads again without a restart.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const string Publish = "mutation($input: PublishRevisionInput!) { publishRevision(input: $input) { id } }";

    [Fact]
    public async Task Promoting_a_synchronous_standby_loses_no_acknowledged_write_and_the_server_recovers_without_a_restart()
    {
        var folder = TempFolder.ForCluster("failover-");
        // Not a throwaway cluster: commits must really wait for the standby (throwaway turns synchronous_commit off).
        var primary = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "primary"), port: 0, stopOnDispose: true);
        LocalPostgresCluster? standby = null;
        TestServer? server = null;
        try
        {
            await primary.CreateDatabaseAsync("countryrelations");
            var (owner, application) = await DatabaseRoles.EnsureAsync(primary.ConnectionString("countryrelations"));
            standby = await primary.StartStandbyAsync(Path.Combine(folder, "standby"));
            await ExecuteAsync(primary.ConnectionString("postgres"), "ALTER SYSTEM SET synchronous_standby_names = '*'; SELECT pg_reload_conf();");
            await WaitAsync(primary.ConnectionString("postgres"), "SELECT count(*) > 0 FROM pg_stat_replication WHERE sync_state = 'sync'");

            // Both hosts, the writable one chosen; a host that failed is tried again after a second.
            string BothHosts(string connection) => new NpgsqlConnectionStringBuilder(connection)
            {
                Host = $"127.0.0.1:{primary.Port},127.0.0.1:{standby.Port}",
                Port = 5432,
                TargetSessionAttributes = "primary",
                HostRecheckSeconds = 1,
            }.ConnectionString;
            server = await TestServer.StartAsync(new Dictionary<string, string?>(), (BothHosts(application), BothHosts(owner)));
            // A database of the test's own: the registry's publishers are there, no profile yet.
            const string publisher = "FR-MFA";

            var acknowledged = new ConcurrentBag<long>();
            var refused = 0;
            using var stop = new CancellationTokenSource();
            var promoted = DateTime.MaxValue;
            var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    using var response = await server.PostAsync(Publish, new
                    {
                        input = new { country = "KP", publisher, language = "en", publishedOn = new DateOnly(1990, 1, 1).AddDays(writer * 2000 + i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), recordedBy = "failover", sections = new[] { new { heading = "Economic relations", body = $"Writer {writer}, write {i}." } } },
                    });
                    var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                    if (answer["data"]?["publishRevision"]?["id"] is { } id)
                    {
                        acknowledged.Add(long.Parse((string)id!, System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                        Assert.Equal("DATABASE_UNAVAILABLE", (string?)answer["errors"]?[0]?["extensions"]?["code"]);
                        await Task.Delay(100);
                    }
                }
            })).ToList();

            await Task.Delay(2000);
            var beforeFailover = acknowledged.Count;
            await CrashAsync(primary.DataDirectory);
            await ExecuteAsync(standby.ConnectionString("postgres"), "SELECT pg_promote(wait => true)");
            promoted = DateTime.UtcNow;
            await Poll.UntilAsync(() => acknowledged.Count > beforeFailover + 20, TimeSpan.FromSeconds(60));
            var recovered = DateTime.UtcNow - promoted;
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            await using var newPrimary = new NpgsqlConnection(standby.ConnectionString("countryrelations"));
            await newPrimary.OpenAsync();
            await using var stored = new NpgsqlCommand("SELECT count(*) FROM revisions WHERE id = ANY($1)", newPrimary) { Parameters = { new() { Value = acknowledged.ToArray() } } };
            var found = (long)(await stored.ExecuteScalarAsync())!;
            var read = await server.QueryAsync("{ profile(country: \"KP\", publisher: \"" + publisher + "\") { sections { body } } }");

            output.WriteLine($"{beforeFailover} writes acknowledged before the failover, {acknowledged.Count} in all, {refused} refused (DATABASE_UNAVAILABLE); writing again {recovered.TotalSeconds:F1} s after the promotion");
            Assert.True(beforeFailover > 0);
            Assert.True(acknowledged.Count > beforeFailover + 20, "the server did not write again after the promotion");
            Assert.Equal(acknowledged.Count, found);
            Assert.NotNull(read["data"]?["profile"]?["sections"]);
        }
        finally
        {
            if (server is not null)
            {
                await server.StopAsync();
            }

            if (standby is not null)
            {
                await standby.DisposeAsync();
            }

            await primary.DisposeAsync();
        }
    }

    // As a crash: every PostgreSQL process quits at once, nothing flushed or shipped that was not already.
    private static async Task CrashAsync(string dataDirectory)
    {
        var pgCtl = Path.Combine(LocalPostgresCluster.FindBinaries()!, "pg_ctl");
        string[] stop = [pgCtl, "-D", dataDirectory, "-m", "immediate", "-w", "stop"];
        using var process = Environment.IsPrivilegedProcess
            ? System.Diagnostics.Process.Start("runuser", ["-u", "postgres", "--", .. stop])
            : System.Diagnostics.Process.Start(stop[0], stop[1..]);
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitAsync(string connectionString, string condition)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            await using var command = new NpgsqlCommand(condition, connection);
            if ((bool)(await command.ExecuteScalarAsync())!)
            {
                return;
            }
        }

        Assert.Fail("Not reached in 30 s: " + condition);
    }
}
