using CountryRelations.Integrity;
using CountryRelations.Persistence;
using CountryRelations.Publishers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Hosting;

/// <summary>Brings the database to the current schema and, if asked, loads the sample profiles.</summary>
public static class DatabasePreparation
{
    /// <summary>How long start-up waits for a database that cannot be reached yet (it may be starting too).</summary>
    public static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(60);

    /// <summary>Migrates (when <paramref name="migrate"/>), backfills and brings in the shipped publishers as the owner (<paramref name="ownerConnectionString"/>), then seeds through the application's own connection.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, string ownerConnectionString, bool migrate, bool seed, CancellationToken cancellationToken = default)
    {
        if (!migrate)
        {
            // Not migrating: start anyway (readiness reports pending migrations), seeding only a current schema.
            if (seed)
            {
                await services.GetRequiredService<SampleProfilesSeeder>().SeedAsync(cancellationToken);
            }

            return;
        }

        var ownerOptions = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        ownerOptions.UseCountryRelationsStore(ownerConnectionString);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabasePreparation));
        var clock = services.GetRequiredService<TimeProvider>();
        var started = clock.GetTimestamp();
        for (var delay = TimeSpan.FromSeconds(1); ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(15).Ticks)))
        {
            try
            {
                await using var db = new CountryRelationsDbContext(ownerOptions.Options);
                // A migration that backfills derived rows takes minutes at a million revisions; cut off by a command
                // timeout it would roll back every time, and the database could never be upgraded.
                db.Database.SetCommandTimeout(0);
                await db.Database.MigrateAsync(cancellationToken);
                await HashChainBackfill.RunOnceAsync(db, cancellationToken);
                await PublisherSeed.ApplyAsync(db, cancellationToken);
                break;
            }
            catch (Exception exception) when (DatabaseOutage.Is(exception) && clock.GetElapsedTime(started) + delay < StartupWait)
            {
                logger.LogWarning("The database cannot be reached yet ({Reason}); trying again in {Delay} s.", exception.Message, delay.TotalSeconds);
                await Task.Delay(delay, cancellationToken);
            }
        }

        // The owner's sessions are set-up only: the serving process keeps the application role's alone.
        await using (var pooled = new Npgsql.NpgsqlConnection(DbContextOptionsExtensions.WithAutoPrepare(ownerConnectionString)))
        {
            Npgsql.NpgsqlConnection.ClearPool(pooled);
        }

        if (seed)
        {
            await services.GetRequiredService<SampleProfilesSeeder>().SeedAsync(cancellationToken);
        }
    }
}
