using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.Security;
using CountryRelations.Api.Telemetry;
using CountryRelations.Api.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Hosting;

/// <summary>The HTTP side: the GraphQL-over-HTTP endpoint, admission, tokens, read-your-writes, health and telemetry.</summary>
public static class TransportServices
{
    /// <summary>Registers the transport with its request <paramref name="limits"/>.</summary>
    public static IServiceCollection AddTransport(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, RequestLimits limits)
    {
        services.AddSingleton(limits);
        services.AddBearerTokens(configuration);
        services.AddRequestAdmission(limits);
        services.AddHealth();
        services.AddTelemetry(configuration);
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<DocumentGuard>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton(configuration.GetSection(AnswerCacheOptions.Section).Get<AnswerCacheOptions>() ?? new AnswerCacheOptions());
        services.AddSingleton(configuration.GetSection(PinnedAnswerOptions.Section).Get<PinnedAnswerOptions>() ?? new PinnedAnswerOptions());
        services.AddSingleton<AnswerCache>();
        services.AddSingleton<ReadYourWrites>();
        return services;
    }
}
