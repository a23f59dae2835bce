using System.Net;
using System.Text.Json.Nodes;
using CountryRelations.Api.Security;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Security;

public sealed class RoleTests
{
    private const string Publish = """
        mutation($p: String) { publishRevision(input: { country: "SN", publisher: $p, publishedOn: "2016-01-01",
          sections: [{ heading: "Economic relations", body: "Trade." }], recordedBy: "tests" }) { id } }
        """;

    private static async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(string query, string token, object? variables = null)
    {
        var server = await TestServer.GetAsync();
        using var response = await server.PostAsync(query, variables, token: token);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string Code(JsonNode body) => (string)body["errors"]![0]!["extensions"]!["code"]!;

    [Fact]
    public async Task Readers_need_no_token()
    {
        var (status, body) = await SendAsync("{ profile(country: \"KP\", asOf: \"2016-04-01\") { publishedOn source { url } } }", token: "");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2016-03-23", (string)body["data"]!["profile"]!["publishedOn"]!);
    }

    [Fact]
    public async Task Publishing_without_a_token_is_401_unauthenticated_and_writes_nothing()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        using var response = await server.PostAsync(Publish, new { p = publisher }, token: "");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var after = await server.QueryAsync("query($p: String) { profiles(publisher: $p) { totalCount } }", new { p = publisher });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(RoleRequirementRule.Unauthenticated, Code(body));
        Assert.Null(body["data"]);
        Assert.Equal(0, (int)after["data"]!["profiles"]!["totalCount"]!);
    }

    [Fact]
    public async Task An_auditor_may_not_publish_and_an_editor_may()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var (forbidden, refusal) = await SendAsync(Publish, TestServer.Token(Roles.Auditor), new { p = publisher });
        var (ok, published) = await SendAsync(Publish, TestServer.Token(Roles.Editor), new { p = publisher });

        Assert.Equal((HttpStatusCode.Forbidden, RoleRequirementRule.Forbidden), (forbidden, Code(refusal)));
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.NotNull(published["data"]!["publishRevision"]!["id"]);
    }

    [Theory]
    [InlineData("{ profile(country: \"KP\") { recordedBy } }")]
    [InlineData("{ profile(country: \"KP\") { changeNote } }")]
    [InlineData("{ verifyAllHistory { intact } }")]
    [InlineData("{ profile(country: \"KP\") { export(format: JSON) } }")]
    public async Task Provenance_and_integrity_checks_are_for_auditors(string query)
    {
        var (anonymous, refusal) = await SendAsync(query, token: "");
        var (auditor, answer) = await SendAsync(query, TestServer.Token(Roles.Auditor));

        Assert.Equal((HttpStatusCode.Unauthorized, RoleRequirementRule.Unauthenticated), (anonymous, Code(refusal)));
        Assert.Equal(HttpStatusCode.OK, auditor);
        Assert.Null(answer["errors"]);
    }

    [Fact]
    public async Task Verifying_needs_the_auditor_role_not_the_editor_role()
    {
        var (status, body) = await SendAsync("{ verifyAllHistory { intact } }", TestServer.Token(Roles.Editor));

        Assert.Equal((HttpStatusCode.Forbidden, RoleRequirementRule.Forbidden), (status, Code(body)));
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("wrong-key")]
    public async Task A_bad_token_counts_as_no_token(string kind)
    {
        var token = kind == "wrong-key"
            ? TokenIssuer.Issue(new JwtSettings { SigningKey = "some-other-key-that-is-long-enough-to-sign-with" }, "mallory", [Roles.Editor], TimeSpan.FromHours(1))
            : kind;

        var (status, body) = await SendAsync("{ verifyAllHistory { intact } }", token);

        Assert.Equal((HttpStatusCode.Unauthorized, RoleRequirementRule.Unauthenticated), (status, Code(body)));
    }

    [Fact]
    public async Task With_application_json_a_refusal_keeps_status_200_as_the_specification_says()
    {
        var server = await TestServer.GetAsync();

        using var response = await server.PostAsync("{ verifyAllHistory { intact } }", accept: "application/json", token: "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(RoleRequirementRule.Unauthenticated, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
