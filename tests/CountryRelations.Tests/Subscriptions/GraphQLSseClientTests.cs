using System.Text.RegularExpressions;
using CountryRelations.Api.Security;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Subscriptions;

public sealed partial class GraphQLSseClientTests
{
    [Fact]
    public async Task The_graphql_sse_client_reads_queries_and_subscriptions_from_the_server()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var (exitCode, output) = await NodeTests.RunAsync("graphql-sse-client.test.mjs", server.GraphQLUri, new Dictionary<string, string>
        {
            ["COUNTRYRELATIONS_EDITOR_TOKEN"] = TestServer.Token(Roles.Editor),
            ["COUNTRYRELATIONS_PUBLISHER"] = publisher,
        });

        Assert.True(exitCode == 0, output);
        Assert.Equal("2", Passed().Match(output).Groups[1].Value);
    }

    [GeneratedRegex(@"^# pass (\d+)$", RegexOptions.Multiline)]
    private static partial Regex Passed();
}
