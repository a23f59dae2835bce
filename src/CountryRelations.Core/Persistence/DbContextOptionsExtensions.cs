using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Persistence;

/// <summary>One place that says how the store talks to PostgreSQL, for the app, the tools and the tests.</summary>
public static class DbContextOptionsExtensions
{
    /// <summary>Configures Npgsql with the migrations assembly and the store's conventions.</summary>
    public static DbContextOptionsBuilder UseCountryRelationsStore(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(CountryRelationsDbContext.MigrationsAssembly))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
}
