using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CountryRelations.Persistence;

/// <summary>One place that says how the store talks to PostgreSQL, for the app, the tools and the tests.</summary>
public static class DbContextOptionsExtensions
{
    /// <summary>Statements Npgsql keeps prepared per connection unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>Configures Npgsql with the migrations assembly and the store's conventions.</summary>
    public static DbContextOptionsBuilder UseCountryRelationsStore(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithAutoPrepare(connectionString), npgsql => npgsql.MigrationsAssembly(CountryRelationsDbContext.MigrationsAssembly))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on: the store issues the same few statements over and
    /// over, and a prepared statement skips PostgreSQL's parsing and planning. An explicit setting is kept.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
