using Microsoft.Extensions.Configuration;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// The database the process talks to: the configured one (<c>ConnectionStrings:CountryRelations</c> for the
/// application, <c>ConnectionStrings:CountryRelationsOwner</c> for migrations), or a local cluster started from the
/// installed PostgreSQL binaries under the project's data folder, with an owner and an application role of its own.
/// </summary>
public sealed class DatabaseConnection : IAsyncDisposable
{
    private readonly LocalPostgresCluster? _cluster;

    private DatabaseConnection(string connectionString, string ownerConnectionString, LocalPostgresCluster? cluster)
    {
        ConnectionString = connectionString;
        OwnerConnectionString = ownerConnectionString;
        _cluster = cluster;
    }

    /// <summary>The application's connection string: a role that may read and insert, nothing more.</summary>
    public string ConnectionString { get; }

    /// <summary>The schema owner's connection string, for migrations only (the application's when none is configured).</summary>
    public string OwnerConnectionString { get; }

    /// <summary>True when this process started its own PostgreSQL.</summary>
    public bool IsLocalCluster => _cluster is not null;

    /// <summary>Uses the configured connection string, or starts the local cluster when there is none.</summary>
    public static async Task<DatabaseConnection> OpenAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (configuration.GetConnectionString("CountryRelations") is { Length: > 0 } configured)
        {
            return new DatabaseConnection(configured, configuration.GetConnectionString("CountryRelationsOwner") is { Length: > 0 } owner ? owner : configured, cluster: null);
        }

        var options = configuration.GetSection("LocalDatabase").Get<LocalDatabaseOptions>() ?? new LocalDatabaseOptions();
        var cluster = await LocalPostgresCluster.StartAsync(options.DataDirectory, options.Port, stopOnDispose: true, cancellationToken: cancellationToken);
        await cluster.CreateDatabaseAsync(options.Database, cancellationToken);
        var (ownerConnection, application) = await DatabaseRoles.EnsureAsync(cluster.ConnectionString(options.Database), cancellationToken: cancellationToken);
        return new DatabaseConnection(application, ownerConnection, cluster);
    }

    /// <summary>Stops the local cluster if this process started it.</summary>
    public ValueTask DisposeAsync() => _cluster?.DisposeAsync() ?? ValueTask.CompletedTask;
}
