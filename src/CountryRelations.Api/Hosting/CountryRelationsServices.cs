using System.Text.Encodings.Web;
using CountryRelations.Api.GraphQL;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Loading;
using CountryRelations.Api.PersistedDocuments;
using CountryRelations.Api.Security;
using CountryRelations.Api.Subscriptions;
using CountryRelations.Api.Telemetry;
using CountryRelations.Api.Transport;
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
using GraphQL;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Hosting;

/// <summary>Registers the store, the GraphQL schema and the HTTP transport.</summary>
public static class CountryRelationsServices
{
    /// <summary>Where the checkpoint signing key lives unless <c>Integrity:CheckpointKeyFile</c> says otherwise: beside the embedded database, never in it.</summary>
    public const string CheckpointKeyFile = ".data/checkpoint-key.pem";

    public static IServiceCollection AddCountryRelations(this IServiceCollection services, string connectionString, IConfiguration configuration)
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
        services.AddSingleton<RevisionLoader>();
        services.AddSingleton<RevisionInForce>();
        services.AddSingleton<ProfileTimeline>();
        services.AddSingleton<ChangesFeed>();
        services.AddSingleton<RevisionCorrections>();
        services.AddSingleton<TopicAcrossProfiles>();
        services.AddSingleton<ProfileDirectory>();
        services.AddSingleton(CountryNameFinder.Default);
        services.AddSingleton<PageIdentifier>();
        services.AddSingleton<DocumentImporter>();
        services.AddSingleton<SampleProfilesSeeder>();
        services.AddSingleton(_ => CheckpointSigner.FromFile(configuration["Integrity:CheckpointKeyFile"] is { Length: > 0 } file ? file : CheckpointKeyFile));
        services.AddSingleton<HistoryVerifier>();
        services.AddSingleton<HistoryArchive>();
        services.AddSingleton<ComparisonQueries>();
        services.AddSingleton<SectionSearch>();

        services.AddBearerTokens(configuration);
        var limits = configuration.GetSection("Limits").Get<RequestLimits>() ?? new RequestLimits();
        services.AddSingleton(limits);
        services.AddRequestAdmission(limits);
        services.AddHealth();
        services.AddTelemetry(configuration);
        services.AddSingleton(provider => new RevisionFeed(connectionString, provider.GetRequiredService<RevisionLoader>(), provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<RevisionFeed>>()));
        services.AddHostedService(provider => provider.GetRequiredService<RevisionFeed>());
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<CountryRelationsSchema>()
            // Readable UTF-8 (€, é) instead of \u escapes; the transport always sends charset=utf-8.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<CodedErrorInfoProvider>()
            .AddUnhandledExceptionHandler(UnhandledErrorLogger.Log)
            .AddComplexityAnalyzer(options => QueryCostRule.Configure(options, limits))
            .AddValidationRule<AliasLimitRule>()
            // Who may read a field depends on the caller, not the document: checked on cached documents too.
            .AddValidationRule<RoleRequirementRule>(useForCachedDocuments: true)
            .WithTimeout(limits.Timeout, TimeoutAction.ReturnTimeoutError)
            .UsePersistedDocuments<PersistedDocumentStore>(global::GraphQL.DI.ServiceLifetime.Singleton, options =>
            {
                options.AllowOnlyPersistedDocuments = configuration.GetValue("PersistedDocuments:Only", false);
                options.AllowedPrefixes.Clear();
                options.AllowedPrefixes.Add("sha256");
            })
            // After the persisted-documents handler, so a persisted document's text is cached as well.
            .ConfigureExecution(provider => provider.GetRequiredService<ValidatedDocuments>())
            .AddGraphTypes(typeof(CountryRelationsSchema).Assembly));
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<DocumentGuard>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<ReadYourWrites>();
        services.AddScoped<RequestLoaders>();
        services.AddScoped<RequestInstant>();
        return services;
    }

    private static PooledDbContextFactory<CountryRelationsDbContext> ReplicaFactory(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        options.UseCountryRelationsStore(connectionString);
        return new PooledDbContextFactory<CountryRelationsDbContext>(options.Options);
    }
}
