using CountryRelations.Integrity;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Hosting;

/// <summary>Brings the database to the current schema and, if asked, loads the sample profiles.</summary>
public static class DatabasePreparation
{
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool seed, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await services.GetRequiredService<HashChainBackfill>().RunAsync(cancellationToken);

        if (seed)
        {
            await services.GetRequiredService<SampleProfilesSeeder>().SeedAsync(cancellationToken);
        }
    }
}
