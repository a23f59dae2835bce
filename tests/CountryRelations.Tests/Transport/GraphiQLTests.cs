using System.Net;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

public sealed class GraphiQLTests
{
    [Fact]
    public async Task GraphiQL_runs_a_query_in_headless_chromium_with_no_network()
    {
        var server = await TestServer.GetAsync();

        var (exitCode, output) = await NodeTests.RunAsync("graphiql.test.mjs", server.GraphQLUri);

        Assert.True(exitCode == 0, output);
        Assert.Contains("# pass 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browsers_get_the_page_with_a_same_origin_policy_and_clients_still_get_json()
    {
        var server = await TestServer.GetAsync();
        using var page = new HttpRequestMessage(HttpMethod.Get, server.GraphQLUri);
        page.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var html = await server.Client.SendAsync(page);
        using var asset = await server.Client.GetAsync(new Uri(server.GraphQLUri, "/graphql/assets/graphiql.min.js"));
        using var unknown = await server.Client.GetAsync(new Uri(server.GraphQLUri, "/graphql/assets/../appsettings.json"));

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("default-src 'self'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("/graphql/assets/graphiql.min.js", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
