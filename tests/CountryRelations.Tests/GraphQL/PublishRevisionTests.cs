using System.Net;
using System.Text.Json.Nodes;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.GraphQL;

public sealed class PublishRevisionTests
{
    private const string Publish = """
        mutation($input: PublishRevisionInput!) {
          publishRevision(input: $input) { id sequence publishedOn profile { country { code } publisher { code } } sections { topic heading body } }
        }
        """;

    private static object Input(string publisher, string country = "Senegal", string date = "2016-05-01", object[]? sections = null, string? expected = null) => new
    {
        input = new
        {
            country,
            publisher,
            language = "en",
            publishedOn = date,
            sections = sections ?? [new { heading = "Economic relations", body = "France is the leading investor in Senegal." }],
            recordedBy = "tests",
            source = "https://example.org/france-and-senegal",
            expectedLatestRevision = expected,
        },
    };

    private static async Task<int> RevisionCountAsync(TestServer server, string publisher, string country)
    {
        var contexts = server.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CountryRelations.Persistence.CountryRelationsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return db.Revisions.Count(r => r.Profile.Publisher.Code == publisher && r.Profile.CountryCode == country);
    }

    [Fact]
    public async Task Publishes_and_classifies_headings()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var json = await server.QueryAsync(Publish, Input(publisher, sections:
        [
            new { heading = "Bilateral visits", body = "A visit." },
            new { heading = "Something new", body = "Text." },
        ]));

        var revision = json["data"]?["publishRevision"] ?? throw new InvalidOperationException(json.ToJsonString());
        Assert.Equal("SN", (string)revision["profile"]!["country"]!["code"]!);
        Assert.Equal(1, (int)revision["sequence"]!);
        Assert.Equal(["VISITS", "OTHER"], revision["sections"]!.AsArray().Select(s => (string)s!["topic"]!));
    }

    [Theory]
    [InlineData("Atlantis", "2016-05-01", "COUNTRY_NOT_FOUND")]
    [InlineData("SN", "2016-02-30", "INVALID_DATE")]
    [InlineData("SN", "01/05/2016", "INVALID_DATE")]
    [InlineData("SN", "2999-01-01", "INVALID_DATE")]
    public async Task Bad_input_is_refused_with_a_code_and_nothing_is_written(string country, string date, string code)
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var json = await server.QueryAsync(Publish, Input(publisher, country, date));

        Assert.Equal(code, (string)json["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(0, await RevisionCountAsync(server, publisher, "SN"));
    }

    [Fact]
    public async Task Empty_sections_and_blank_bodies_are_refused()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var empty = await server.QueryAsync(Publish, Input(publisher, sections: []));
        var blank = await server.QueryAsync(Publish, Input(publisher, sections: [new { heading = "Economic relations", body = "   " }]));

        Assert.Equal("EMPTY_SECTIONS", (string)empty["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("INVALID_SECTION", (string)blank["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(0, await RevisionCountAsync(server, publisher, "SN"));
    }

    [Fact]
    public async Task A_second_revision_for_the_same_date_is_refused_as_existing()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        await server.QueryAsync(Publish, Input(publisher));

        var json = await server.QueryAsync(Publish, Input(publisher));

        Assert.Equal("REVISION_EXISTS", (string)json["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(1, await RevisionCountAsync(server, publisher, "SN"));
    }

    [Fact]
    public async Task Expected_latest_revision_guards_against_lost_updates()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var first = (string)(await server.QueryAsync(Publish, Input(publisher)))["data"]!["publishRevision"]!["id"]!;
        await server.QueryAsync(Publish, Input(publisher, date: "2016-06-01", expected: first));

        var json = await server.QueryAsync(Publish, Input(publisher, date: "2016-07-01", expected: first));

        Assert.Equal("REVISION_CONFLICT", (string)json["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(2, await RevisionCountAsync(server, publisher, "SN"));
    }

    [Fact]
    public async Task A_malformed_date_literal_is_a_request_error_with_invalid_date()
    {
        var server = await TestServer.GetAsync();

        using var response = await server.PostAsync("""{ profile(country: "KP", asOf: "2016-13-01") { publishedOn } }""");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_DATE", (string)json["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Corrections_over_graphql_keep_the_old_row_visible_at_an_earlier_known_at()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var original = (string)(await server.QueryAsync(Publish, Input(publisher)))["data"]!["publishRevision"]!["id"]!;
        var before = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(5);

        var corrected = await server.QueryAsync(
            """
            mutation($id: ID!) {
              correctRevision(input: { revision: $id, sections: [{ heading: "Economic relations", body: "Corrected." }], recordedBy: "auditor", note: "typo" }) { id corrects { id } }
            }
            """,
            new { id = original });
        var query = "query($p: String, $k: DateTime) { profile(country: \"SN\", publisher: $p, asOf: \"2016-05-02\", knownAt: $k) { id sections { body } supersededBy { id } } }";
        var then = await server.QueryAsync(query, new { p = publisher, k = before });
        var now = await server.QueryAsync(query, new { p = publisher });

        var correctionId = (string)corrected["data"]!["correctRevision"]!["id"]!;
        Assert.Equal(original, (string)corrected["data"]!["correctRevision"]!["corrects"]!["id"]!);
        Assert.Equal(original, (string)then["data"]!["profile"]!["id"]!);
        Assert.Equal(correctionId, (string)then["data"]!["profile"]!["supersededBy"]!["id"]!);
        Assert.Equal("Corrected.", (string)now["data"]!["profile"]!["sections"]![0]!["body"]!);
    }

    [Theory]
    [InlineData("Economic relations", "Trade\u0001 grew.")]
    [InlineData("Economic\u001Brelations", "Trade grew.")]
    [InlineData("\u200B\u200C\uFEFF", "Trade grew.")]
    [InlineData("Economic relations", "\u00AD\u2060")]
    public async Task Control_characters_and_headings_or_bodies_of_nothing_visible_are_refused_and_nothing_is_written(string heading, string body)
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var json = await server.QueryAsync(Publish, Input(publisher, sections: [new { heading, body }]));

        Assert.Equal("INVALID_SECTION", (string)json["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(0, await RevisionCountAsync(server, publisher, "SN"));
    }
}
