using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Transport;

/// <summary>Maps <see cref="GraphQLHttpEndpoint"/>.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <see cref="GraphQLHttpEndpoint.Path"/> for every HTTP method (the endpoint answers 405 itself),
    /// and GraphiQL there for browsers asking for HTML.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(GraphiQLPage.AssetsPath + "/{name}", (HttpContext http, string name) => GraphiQLPage.WriteAssetAsync(http, name));
        return endpoints.Map(GraphQLHttpEndpoint.Path, (HttpContext http) => GraphiQLPage.IsWanted(http.Request)
            ? GraphiQLPage.WritePageAsync(http)
            : http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(http));
    }
}
