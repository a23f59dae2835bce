using CountryRelations.Api.Subscriptions;
using CountryRelations.Archive;
using CountryRelations.Caching;
using CountryRelations.Comparison;
using CountryRelations.Countries;
using CountryRelations.Dates;
using CountryRelations.History;
using CountryRelations.Identification;
using CountryRelations.Import;
using CountryRelations.Integrity;
using CountryRelations.Persistence;
using CountryRelations.Profiles;
using CountryRelations.Replicas;
using CountryRelations.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Hosting;

/// <summary>The history store and what reads, writes, imports and verifies it: Core's services, no transport.</summary>
public static class StoreServices
{
    /// <summary>Where the checkpoint signing key lives unless <c>Integrity:CheckpointKeyFile</c> says otherwise: beside the embedded database, never in it.</summary>
    public const string CheckpointKeyFile = ".data/checkpoint-key.pem";

    /// <summary>The database, its read replicas, the row cache and the rules every layer shares (clock, dates, countries, defaults).</summary>
    public static IServiceCollection AddHistoryStore(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        // A context per operation from a pool: GraphQL resolvers run in parallel and DbContext is not thread-safe.
        services.AddPooledDbContextFactory<CountryRelationsDbContext>(options => options.UseCountryRelationsStore(connectionString));
        services.AddSingleton(provider => new ReadContexts(
            provider.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>(),
            configuration.GetConnectionString("CountryRelationsReplicas") is { Length: > 0 } replicas
                ? ReplicaFactory(replicas)
                : null));
        services.AddSingleton(_ => new HistoryCache(configuration.GetValue("Caching:HistoryMegabytes", HistoryCache.DefaultSizeLimit >> 20) << 20));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(configuration.GetSection("Dates").Get<DateWindow>() ?? new DateWindow());
        services.AddSingleton(CountryCatalog.Default);
        services.AddSingleton(configuration.GetSection("Defaults").Get<ProfileDefaults>() ?? new ProfileDefaults());
        services.AddSingleton<ProfileKeyResolver>();
        services.AddSingleton<RevisionStore>();
        return services;
    }

    /// <summary>The read questions, a class each.</summary>
    public static IServiceCollection AddHistoryQueries(this IServiceCollection services)
    {
        services.AddSingleton<RevisionLoader>();
        services.AddSingleton<RevisionInForce>();
        services.AddSingleton<ProfileTimeline>();
        services.AddSingleton<ChangesFeed>();
        services.AddSingleton<RevisionCorrections>();
        services.AddSingleton<TopicAcrossProfiles>();
        services.AddSingleton<ProfileDirectory>();
        services.AddSingleton<ComparisonQueries>();
        services.AddSingleton<SharedComparisons>();
        services.AddSingleton<SectionSearch>();
        return services;
    }

    /// <summary>Reading publishers' pages into revisions: the publisher registry, identification, the importer, the sample seed.</summary>
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddSingleton(CountryNameFinder.Default);
        services.AddSingleton<PageIdentifier>();
        services.AddSingleton<Publishers.PublisherRegistry>();
        services.AddSingleton<DocumentImporter>();
        services.AddSingleton<SampleProfilesSeeder>();
        return services;
    }

    /// <summary>The checkpoint signing key's file: <c>Integrity:CheckpointKeyFile</c>, else <see cref="CheckpointKeyFile"/>.</summary>
    public static string CheckpointKeyPath(IConfiguration configuration) =>
        configuration["Integrity:CheckpointKeyFile"] is { Length: > 0 } file ? file : CheckpointKeyFile;

    /// <summary>Seals and checkpoints, verification, whole-history archives.</summary>
    public static IServiceCollection AddIntegrity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => CheckpointSigner.FromFile(CheckpointKeyPath(configuration)));
        services.AddSingleton<HistoryVerifier>();
        services.AddSingleton<ArchiveExport>();
        return services;
    }

    /// <summary>The live feed of recorded revisions (LISTEN on the primary), which subscriptions serve.</summary>
    public static IServiceCollection AddRevisionFeed(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(provider => new RevisionFeed(connectionString, provider.GetRequiredService<RevisionLoader>(), provider.GetRequiredService<ILogger<RevisionFeed>>()));
        services.AddHostedService(provider => provider.GetRequiredService<RevisionFeed>());
        return services;
    }

    private static PooledDbContextFactory<CountryRelationsDbContext> ReplicaFactory(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        options.UseCountryRelationsStore(connectionString);
        return new PooledDbContextFactory<CountryRelationsDbContext>(options.Options);
    }
}
