using Microsoft.Extensions.Configuration;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// The database the process talks to: the configured one (<c>ConnectionStrings:CountryRelations</c>), or a local
/// cluster started from the installed PostgreSQL binaries under the project's data folder.
/// </summary>
public sealed class DatabaseConnection : IAsyncDisposable
{
    private readonly LocalPostgresCluster? _cluster;

    private DatabaseConnection(string connectionString, LocalPostgresCluster? cluster)
    {
        ConnectionString = connectionString;
        _cluster = cluster;
    }

    /// <summary>The Npgsql connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>True when this process started its own PostgreSQL.</summary>
    public bool IsLocalCluster => _cluster is not null;

    /// <summary>Uses the configured connection string, or starts the local cluster when there is none.</summary>
    public static async Task<DatabaseConnection> OpenAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (configuration.GetConnectionString("CountryRelations") is { Length: > 0 } configured)
        {
            return new DatabaseConnection(configured, cluster: null);
        }

        var options = configuration.GetSection("LocalDatabase").Get<LocalDatabaseOptions>() ?? new LocalDatabaseOptions();
        var cluster = await LocalPostgresCluster.StartAsync(options.DataDirectory, options.Port, stopOnDispose: true, cancellationToken: cancellationToken);
        await cluster.CreateDatabaseAsync(options.Database, cancellationToken);
        return new DatabaseConnection(cluster.ConnectionString(options.Database), cluster);
    }

    /// <summary>Stops the local cluster if this process started it.</summary>
    public ValueTask DisposeAsync() => _cluster?.DisposeAsync() ?? ValueTask.CompletedTask;
}
