using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

/// <summary>Each limit refuses its own kind of request with its own code, and the server goes on serving.</summary>
public sealed class RequestLimitTests(LimitedServer limited) : IClassFixture<LimitedServer>
{
    private readonly TestServer _server = limited.Server;

    public static TheoryData<string, HttpStatusCode, string> OverTheLimit => new()
    {
        { "{ countries { code } " + new string(' ', 700) + "}", HttpStatusCode.BadRequest, "QUERY_TOO_LONG" },
        { "{ profiles { nodes { revision { profile { revision { profile { id } } } } } } }", HttpStatusCode.BadRequest, "DEPTH_LIMIT_EXCEEDED" },
        { "{ profiles(first: 200) { nodes { id language country { code nameEn } } } }", HttpStatusCode.BadRequest, "COMPLEXITY_LIMIT_EXCEEDED" },
        { "{ a: countries(search: \"a\") { code } b: countries(search: \"b\") { code } c: countries(search: \"c\") { code } d: countries(search: \"d\") { code } }", HttpStatusCode.BadRequest, "TOO_MANY_ALIASES" },
    };

    [Theory]
    [MemberData(nameof(OverTheLimit))]
    public async Task A_request_over_a_limit_is_refused_with_its_code_and_the_server_keeps_serving(string query, HttpStatusCode status, string code)
    {
        using var refused = await _server.PostAsync(query);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(status, refused.StatusCode);
        Assert.Equal(code, (string)error["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(error["data"]);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_even_without_content_length()
    {
        var body = new JsonObject { ["query"] = "{ countries { code } }", ["variables"] = new JsonObject { ["padding"] = new string('x', 5000) } }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.GraphQLUri) { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Queries_within_the_limits_run()
    {
        var json = await _server.QueryAsync("{ a: countries(search: \"laos\") { code } b: country(code: \"KP\") { code } profiles(first: 3) { nodes { id } } }");

        Assert.Null(json["errors"]);
        Assert.Equal("LA", (string)json["data"]!["a"]![0]!["code"]!);
    }

    private async Task AssertStillServingAsync()
    {
        var json = await _server.QueryAsync("{ country(code: \"SN\") { nameEn } }");
        Assert.Equal("Senegal", (string)json["data"]!["country"]!["nameEn"]!);
    }
}
