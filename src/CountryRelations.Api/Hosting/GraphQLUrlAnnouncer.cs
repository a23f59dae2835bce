using CountryRelations.Api.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CountryRelations.Api.Hosting;

/// <summary>Prints where GraphQL is served once the server listens.</summary>
public static class GraphQLUrlAnnouncer
{
    public static void AnnounceGraphQLUrl(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"GraphQL endpoint: {address.TrimEnd('/')}{GraphQLHttpEndpoint.Path}");
            }
        });
}
