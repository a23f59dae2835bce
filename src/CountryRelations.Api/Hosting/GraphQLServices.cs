using System.Text.Encodings.Web;
using CountryRelations.Api.GraphQL;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Loading;
using CountryRelations.Api.PersistedDocuments;
using CountryRelations.Api.Security;
using CountryRelations.Api.Subscriptions;
using CountryRelations.Api.Transport;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Hosting;

/// <summary>The GraphQL schema and its execution: errors, limits, roles, persisted and validated documents, per-request loaders.</summary>
public static class GraphQLServices
{
    /// <summary>Registers the schema with the request <paramref name="limits"/> it enforces.</summary>
    public static IServiceCollection AddCountryRelationsGraphQL(this IServiceCollection services, IConfiguration configuration, RequestLimits limits)
    {
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
            // Each event of a stream in a scope of its own, within its own time and a share of the threads.
            .AddExecutionStrategy<EventWorkBudget>(GraphQLParser.AST.OperationType.Subscription)
            .AddGraphTypes(typeof(CountryRelationsSchema).Assembly));
        services.AddSingleton<ValidatedDocuments>();
        services.AddScoped<RequestLoaders>();
        services.AddScoped<RequestInstant>();
        return services;
    }
}
