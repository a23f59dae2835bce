using CountryRelations.Api.Hosting;
using CountryRelations.Tests.Infrastructure;
using Npgsql;

namespace CountryRelations.Tests.Replicas;

/// <summary>
/// A primary of its own with a streaming standby (pg_basebackup -R, from the installed binaries) and a server that
/// sends its queries to <c>ConnectionStrings:CountryRelationsReplicas</c>: the standby first, the primary as fallback.
/// </summary>
public sealed class ReplicatedDatabase : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "countryrelations-replicas-" + Guid.NewGuid().ToString("N")[..8]);
    private LocalPostgresCluster? _primary;

    public LocalPostgresCluster Standby { get; private set; } = null!;

    public TestServer Server { get; private set; } = null!;

    /// <summary>The server's log, for failure messages.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>As the superuser, on the standby: to pause and resume its replay.</summary>
    public string StandbySuperuser => Standby.ConnectionString("countryrelations");

    public async Task InitializeAsync()
    {
        _primary = await LocalPostgresCluster.StartAsync(Path.Combine(_folder, "primary"), port: 0, stopOnDispose: true, throwaway: true);
        await _primary.CreateDatabaseAsync("countryrelations");
        var (owner, application) = await DatabaseRoles.EnsureAsync(_primary.ConnectionString("countryrelations"), password: Guid.NewGuid().ToString("N"));
        Standby = await _primary.StartStandbyAsync(Path.Combine(_folder, "standby"));
        var replicas = new NpgsqlConnectionStringBuilder(application)
        {
            Host = $"127.0.0.1:{Standby.Port},127.0.0.1:{_primary.Port}",
            Port = 5432,
            TargetSessionAttributes = "prefer-standby",
            LoadBalanceHosts = true,
        };
        Server = await TestServer.StartAsync(
            new Dictionary<string, string?> { ["ConnectionStrings:CountryRelationsReplicas"] = replicas.ConnectionString },
            (application, owner),
            Logs);
        await CaughtUpAsync();
    }

    // The server migrated the primary; the tests start once the standby has replayed that.
    private async Task CaughtUpAsync()
    {
        await using var primary = new NpgsqlConnection(_primary!.ConnectionString("countryrelations"));
        await primary.OpenAsync();
        await using var position = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
        var target = (string)(await position.ExecuteScalarAsync())!;
        await using var standby = new NpgsqlConnection(StandbySuperuser);
        await standby.OpenAsync();
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(100))
        {
            await using var replayed = new NpgsqlCommand($"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn", standby);
            if ((bool)(await replayed.ExecuteScalarAsync())!)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The standby did not replay the migrations within 30 s.");
            }
        }
    }

    /// <summary>Stops the standby's replay, so what the primary writes from now on is not on the standby.</summary>
    public Task PauseReplayAsync() => StandbyAsync("SELECT pg_wal_replay_pause()");

    public Task ResumeReplayAsync() => StandbyAsync("SELECT pg_wal_replay_resume()");

    /// <summary>Restarts the standby after a test stopped it.</summary>
    public async Task RestartStandbyAsync() => Standby = await LocalPostgresCluster.StartAsync(Standby.DataDirectory, Standby.Port, stopOnDispose: true, throwaway: true);

    private async Task StandbyAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(StandbySuperuser);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await Server.StopAsync();
        await Standby.DisposeAsync();
        await _primary!.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
