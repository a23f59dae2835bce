using System.Text.Json.Nodes;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.GraphQL;

public sealed class PagingAndFilteringTests
{
    private const string Profiles = """
        query($p: String, $first: Int, $after: String, $last: Int, $before: String, $region: Region, $language: String) {
          profiles(publisher: $p, first: $first, after: $after, last: $last, before: $before, region: $region, language: $language) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { country { code } } }
          }
        }
        """;

    private static readonly string[] Codes = ["DE", "FR", "KH", "KP", "LA", "SN", "US"];

    private static async Task<(TestServer Server, string Publisher)> SevenProfilesAsync()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<RevisionStore>();
        foreach (var code in Codes)
        {
            await store.PublishAsync(TestData.Publish(publisher, "2019-06-01", "Trade grew.", code));
        }

        return (server, publisher);
    }

    private static JsonNode Connection(JsonObject json) => json["data"]?["profiles"] ?? throw new InvalidOperationException(json.ToJsonString());

    private static string[] CountriesOf(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["country"]!["code"]!).ToArray();

    [Fact]
    public async Task Forward_pages_walk_the_whole_list_by_cursor_and_backward_pages_walk_it_back()
    {
        var (server, publisher) = await SevenProfilesAsync();

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        JsonNode page;
        do
        {
            page = Connection(await server.QueryAsync(Profiles, new { p = publisher, first = 3, after }));
            seen.AddRange(CountriesOf(page));
            after = (string?)page["pageInfo"]!["endCursor"];
            pages++;
        }
        while ((bool)page["pageInfo"]!["hasNextPage"]!);

        Assert.Equal(Codes, seen);
        Assert.Equal(3, pages);
        Assert.Equal(7, (int)page["totalCount"]!);

        var back = Connection(await server.QueryAsync(Profiles, new { p = publisher, last = 2, before = after }));
        Assert.Equal(["LA", "SN"], CountriesOf(back));
        Assert.True((bool)back["pageInfo"]!["hasPreviousPage"]!);
        var tail = Connection(await server.QueryAsync(Profiles, new { p = publisher, last = 2 }));
        Assert.Equal(["SN", "US"], CountriesOf(tail));
    }

    [Fact]
    public async Task Cursors_stay_valid_when_rows_are_added_before_them()
    {
        var (server, publisher) = await SevenProfilesAsync();
        var first = Connection(await server.QueryAsync(Profiles, new { p = publisher, first = 2 }));

        await server.Services.GetRequiredService<RevisionStore>().PublishAsync(TestData.Publish(publisher, "2019-06-01", "Trade grew.", "AF"));
        var next = Connection(await server.QueryAsync(Profiles, new { p = publisher, first = 2, after = (string)first["pageInfo"]!["endCursor"]! }));

        Assert.Equal(["DE", "FR"], CountriesOf(first));
        Assert.Equal(["KH", "KP"], CountriesOf(next));
        Assert.Equal(8, (int)next["totalCount"]!);
    }

    [Fact]
    public async Task Region_and_language_filter_profiles()
    {
        var (server, publisher) = await SevenProfilesAsync();

        var asia = Connection(await server.QueryAsync(Profiles, new { p = publisher, region = "ASIA" }));
        var french = Connection(await server.QueryAsync(Profiles, new { p = publisher, language = "FR" }));

        Assert.Equal(["KH", "KP", "LA"], CountriesOf(asia));
        Assert.Equal(0, (int)french["totalCount"]!);
    }

    [Theory]
    [InlineData("{ profiles(first: 500) { totalCount } }", "INVALID_PAGE")]
    [InlineData("{ profiles(first: 2, last: 2) { totalCount } }", "INVALID_PAGE")]
    [InlineData("{ profiles(first: 2, before: \"x\") { totalCount } }", "INVALID_PAGE")]
    [InlineData("{ profiles(after: \"not-a-cursor\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ profiles(after: \"WyJjaGFuZ2VzIiwiMjAxNy0wMS0wMSIsIjEiXQ\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ profiles(publisher: \"NO-SUCH\") { totalCount } }", "PUBLISHER_NOT_FOUND")]
    [InlineData("{ profiles(language: \"english!\") { totalCount } }", "INVALID_LANGUAGE")]
    [InlineData("{ profiles(countries: [\"Atlantis\"]) { totalCount } }", "COUNTRY_NOT_FOUND")]
    [InlineData("{ changes(since: \"2017-01-01\", after: \"WyJwcm9maWxlcyIsIkZSIiwiRlItTUZBIiwiZW4iXQ\") { totalCount } }", "INVALID_CURSOR")]
    public async Task Bad_page_and_filter_arguments_are_coded_errors(string query, string code)
    {
        var server = await TestServer.GetAsync();

        var json = await server.QueryAsync(query);

        Assert.Equal(code, (string)json["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_profiles_timeline_pages_by_cursor()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<RevisionStore>();
        foreach (var date in new[] { "2015-01-01", "2016-01-01", "2017-01-01", "2018-01-01" })
        {
            await store.PublishAsync(TestData.Publish(publisher, date, "Trade in " + date));
        }

        const string query = "query($p: String, $after: String) { revisions(country: \"KP\", publisher: $p, first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { publishedOn validUntil } } }";
        var first = (await server.QueryAsync(query, new { p = publisher }))["data"]!["revisions"]!;
        var second = (await server.QueryAsync(query, new { p = publisher, after = (string)first["pageInfo"]!["endCursor"]! }))["data"]!["revisions"]!;

        Assert.Equal(["2015-01-01", "2016-01-01", "2017-01-01"], first["nodes"]!.AsArray().Select(n => (string)n!["publishedOn"]!));
        Assert.Equal(["2018-01-01"], second["nodes"]!.AsArray().Select(n => (string)n!["publishedOn"]!));
        Assert.Equal((true, false, 4), ((bool)first["pageInfo"]!["hasNextPage"]!, (bool)second["pageInfo"]!["hasNextPage"]!, (int)second["totalCount"]!));
        Assert.Equal("2016-01-01", (string)first["nodes"]![0]!["validUntil"]!);

        const string newest = "query($p: String, $after: String) { revisions(country: \"KP\", publisher: $p, order: NEWEST_FIRST, first: 2, after: $after) { pageInfo { endCursor } nodes { publishedOn } } }";
        var latest = (await server.QueryAsync(newest, new { p = publisher }))["data"]!["revisions"]!;
        var earlier = (await server.QueryAsync(newest, new { p = publisher, after = (string)latest["pageInfo"]!["endCursor"]! }))["data"]!["revisions"]!;
        Assert.Equal(["2018-01-01", "2017-01-01", "2016-01-01", "2015-01-01"],
            latest["nodes"]!.AsArray().Concat(earlier["nodes"]!.AsArray()).Select(n => (string)n!["publishedOn"]!));

        var changes = await server.QueryAsync(
            "query($p: String) { changes(since: \"2014-01-01\", until: \"2019-01-01\", publisher: $p, order: OLDEST_FIRST, first: 3) { nodes { to { publishedOn } } } }", new { p = publisher });
        Assert.Equal(["2015-01-01", "2016-01-01", "2017-01-01"], changes["data"]!["changes"]!["nodes"]!.AsArray().Select(n => (string)n!["to"]!["publishedOn"]!));
    }

    [Fact]
    public async Task The_whole_list_is_counted_only_for_a_client_that_asks_for_totalCount()
    {
        var (server, publisher) = await SevenProfilesAsync();

        async Task<(int Statements, JsonNode Page)> RunAsync(string selection)
        {
            var (statements, response) = await SqlStatementCounter.QueryAsync(
                server, $"query($p: String) {{ profiles(publisher: $p, first: 2) {{ {selection} }} }}", new { p = publisher });
            return (statements, response["data"]!["profiles"]!);
        }

        var (without, _) = await RunAsync("nodes { language }");
        var (with, page) = await RunAsync("nodes { language } totalCount");

        Assert.Equal(7, (int)page["totalCount"]!);
        Assert.Equal(without + 1, with);
    }
}
