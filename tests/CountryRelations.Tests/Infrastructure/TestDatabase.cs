using CountryRelations.Api.Hosting;
using Npgsql;
using Testcontainers.PostgreSql;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL database the whole test run shares: <c>COUNTRYRELATIONS_TEST_CONNECTION</c> if set, else a
/// Testcontainers PostgreSQL when a Docker engine answers, else a throwaway cluster from the installed binaries.
/// Tests isolate themselves by writing under a publisher of their own, so they can run in parallel.
/// </summary>
public sealed class TestDatabase
{
    private static readonly Lazy<Task<TestDatabase>> Shared = new(StartAsync);
    private readonly Func<Task> _stop;

    private TestDatabase(string connectionString, string description, Func<Task> stop)
    {
        ConnectionString = connectionString;
        Description = description;
        OwnerConnectionString = ApplicationConnectionString = connectionString;
        _stop = stop;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _stop().GetAwaiter().GetResult();
    }

    /// <summary>Connection string of the test database as a superuser: for fixtures that set up or tamper.</summary>
    public string ConnectionString { get; }

    /// <summary>As the schema owner, which runs the migrations.</summary>
    public string OwnerConnectionString { get; private set; }

    /// <summary>As the application role, which may only read and insert: what every test server connects as.</summary>
    public string ApplicationConnectionString { get; private set; }

    /// <summary>Where the database runs, for failure messages.</summary>
    public string Description { get; }

    /// <summary>The shared instance, started on first use.</summary>
    public static Task<TestDatabase> GetAsync() => Shared.Value;

    private string ServerConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates an empty database on the same server, named from <paramref name="prefix"/>, and returns its connection string.</summary>
    public async Task<string> CreateScratchDatabaseAsync(string prefix)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..10];
        await using var admin = new NpgsqlConnection(ConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return ServerConnectionString(name);
    }

    private static async Task<TestDatabase> StartAsync()
    {
        var database = await StartServerAsync();
        (database.OwnerConnectionString, database.ApplicationConnectionString) =
            await DatabaseRoles.EnsureAsync(database.ConnectionString, password: Guid.NewGuid().ToString("N"));
        return database;
    }

    private static async Task<TestDatabase> StartServerAsync()
    {
        if (Environment.GetEnvironmentVariable("COUNTRYRELATIONS_TEST_CONNECTION") is { Length: > 0 } configured)
        {
            return new TestDatabase(configured, "COUNTRYRELATIONS_TEST_CONNECTION", () => Task.CompletedTask);
        }

        if (DockerEngineMayAnswer())
        {
            try
            {
                var container = new PostgreSqlBuilder("postgres:15").Build();
                await container.StartAsync();
                return new TestDatabase(container.GetConnectionString(), "Testcontainers", () => container.DisposeAsync().AsTask());
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // No usable engine after all: fall through to the local binaries.
            }
        }

        if (LocalPostgresCluster.FindBinaries() is null)
        {
            throw new InvalidOperationException(
                "The tests need PostgreSQL: set COUNTRYRELATIONS_TEST_CONNECTION, run a Docker engine, or install PostgreSQL (apt-get install -y postgresql).");
        }

        await StopLeftoverClustersAsync();
        var folder = Path.Combine(Path.GetTempPath(), "countryrelations-tests-" + Guid.NewGuid().ToString("N")[..12]);
        // Written before the cluster exists, so a cluster of a run that is still going always names its owner.
        await File.WriteAllTextAsync(folder + OwnerSuffix, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cluster = await LocalPostgresCluster.StartAsync(folder, port: 0, stopOnDispose: true, throwaway: true);
        await cluster.CreateDatabaseAsync("countryrelations_tests");
        return new TestDatabase(cluster.ConnectionString("countryrelations_tests"), $"local cluster in {folder}", async () =>
        {
            // Immediate, not fast (no shutdown checkpoint): the data is thrown away, and the runner may end the test host
            // soon after ProcessExit begins; a stop cut short is finished by the next run's sweep.
            if (await LocalPostgresCluster.StopThrowawayAsync(folder))
            {
                Remove(folder);
            }
        });
    }

    private const string OwnerSuffix = ".owner";

    // A run whose test host was ended before its ProcessExit stop finished leaves its cluster running: the next run
    // stops (immediately: the data is thrown away) and removes every cluster whose owning process is gone.
    private static async Task StopLeftoverClustersAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        foreach (var owner in Directory.GetFiles(Path.GetTempPath(), "countryrelations-tests-*" + OwnerSuffix))
        {
            if (!int.TryParse(await File.ReadAllTextAsync(owner), out var pid) || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            var folder = owner[..^OwnerSuffix.Length];
            if (await LocalPostgresCluster.StopThrowawayAsync(folder))
            {
                Remove(folder);
            }
        }
    }

    private static void Remove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            File.Delete(LocalPostgresCluster.PasswordFile(folder));
            File.Delete(folder + OwnerSuffix);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static bool DockerEngineMayAnswer() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");
}
