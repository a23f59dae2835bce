using CountryRelations.Api.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Hosting;

/// <summary>Registers the application: a list of named steps, one per concern.</summary>
public static class CountryRelationsServices
{
    /// <summary>Every service of the application, connecting with <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddCountryRelations(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Limits").Get<RequestLimits>() ?? new RequestLimits();
        return services
            .AddHistoryStore(connectionString, configuration)
            .AddHistoryQueries()
            .AddImport()
            .AddIntegrity(configuration)
            .AddRevisionFeed(connectionString)
            .AddCapture(configuration)
            .AddCountryRelationsGraphQL(configuration, limits)
            .AddTransport(configuration, limits);
    }
}
