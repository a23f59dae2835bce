using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

public sealed class GraphQLHttpTransportTests
{
    private const string Query = "{ countries(search: \"korea\") { code } }";

    private static async Task<HttpResponseMessage> SendAsync(HttpMethod method, string? body, string? contentType, string? accept, string query = "", bool preflight = true)
    {
        var server = await TestServer.GetAsync();
        var request = new HttpRequestMessage(method, server.GraphQLUri + query);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (preflight)
        {
            request.Headers.Add("GraphQL-Require-Preflight", "1");
        }

        return await server.Client.SendAsync(request);
    }

    private static string Body(string query) => new JsonObject { ["query"] = query }.ToJsonString();

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, */*", "application/graphql-response+json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    public async Task Post_negotiates_the_response_media_type(string? accept, string expected)
    {
        using var response = await SendAsync(HttpMethod.Post, Body(Query), "application/json", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("KP", json["data"]!["countries"]!.AsArray().Select(c => (string)c!["code"]!));
    }

    [Fact]
    public async Task Get_runs_queries_from_url_parameters()
    {
        using var response = await SendAsync(HttpMethod.Get, null, null, "application/graphql-response+json",
            "?query=" + Uri.EscapeDataString("query Q($s: String) { countries(search: $s) { code } }") + "&variables=" + Uri.EscapeDataString("{\"s\":\"sénégal\"}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("SN", (string)json["data"]!["countries"]![0]!["code"]!);
    }

    [Fact]
    public async Task Get_refuses_mutations_with_405_and_allow_post()
    {
        using var response = await SendAsync(HttpMethod.Get, null, null, "application/json",
            "?query=" + Uri.EscapeDataString("mutation { publishRevision(input: {country: \"KP\", publishedOn: \"2016-01-01\", sections: [], recordedBy: \"x\"}) { id } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains("MUTATION_OVER_GET", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405(string method)
    {
        using var response = await SendAsync(new HttpMethod(method), Body(Query), "application/json", "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{ not json", "application/json", "INVALID_JSON")]
    [InlineData("[]", "application/json", "INVALID_REQUEST")]
    [InlineData("{\"variables\":{}}", "application/json", "INVALID_REQUEST")]
    [InlineData("{\"query\":42}", "application/json", "INVALID_REQUEST")]
    [InlineData("{\"query\":\"{ countries { code } }\",\"variables\":[1]}", "application/json", "INVALID_REQUEST")]
    [InlineData("{\"query\":\"{ countries { code } }\",\"operationName\":7}", "application/json", "INVALID_REQUEST")]
    public async Task Malformed_requests_get_400_with_a_code(string body, string contentType, string code)
    {
        using var response = await SendAsync(HttpMethod.Post, body, contentType, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(code, (string)json["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task Non_json_post_gets_415()
    {
        using var response = await SendAsync(HttpMethod.Post, Query, "text/plain", "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("POST", "text/plain")]
    [InlineData("POST", "application/x-www-form-urlencoded")]
    public async Task Requests_a_foreign_page_could_send_need_the_preflight_header(string method, string? contentType)
    {
        var url = method == "GET" ? "?query=" + Uri.EscapeDataString(Query) : "";
        using var response = await SendAsync(new HttpMethod(method), contentType is null ? null : "query=" + Uri.EscapeDataString(Query), contentType, "application/json", url, preflight: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("PREFLIGHT_REQUIRED", (string)json["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Json_posts_need_no_preflight_header()
    {
        using var response = await SendAsync(HttpMethod.Post, Body(Query), "application/json", "application/json", preflight: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unacceptable_accept_header_gets_406()
    {
        using var response = await SendAsync(HttpMethod.Post, Body(Query), "application/json", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Validation_errors_are_400_only_for_graphql_response_json(string accept, HttpStatusCode expected)
    {
        using var response = await SendAsync(HttpMethod.Post, Body("{ noSuchField }"), "application/json", accept);

        Assert.Equal(expected, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotEmpty(json["errors"]!.AsArray());
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task Syntax_errors_are_request_errors()
    {
        using var response = await SendAsync(HttpMethod.Post, Body("{ countries { "), "application/json", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("SYNTAX_ERROR", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_errors_keep_200_and_partial_data()
    {
        using var response = await SendAsync(HttpMethod.Post, Body("{ ok: countries(search: \"laos\") { code } bad: profile(country: \"Atlantis\") { id } }"), "application/json", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("LA", (string)json["data"]!["ok"]![0]!["code"]!);
        Assert.Equal("COUNTRY_NOT_FOUND", (string)json["errors"]![0]!["extensions"]!["code"]!);
        Assert.DoesNotContain("   at ", json.ToJsonString(), StringComparison.Ordinal);
    }
}
