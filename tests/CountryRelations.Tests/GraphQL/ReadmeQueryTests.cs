using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.GraphQL;

/// <summary>The README's sample queries against the seeded reference profile.</summary>
public sealed class ReadmeQueryTests
{
    [Fact]
    public async Task The_reference_profile_as_of_april_2016_has_its_four_sections()
    {
        var server = await TestServer.GetAsync();

        var json = await server.QueryAsync("""{ profile(country: "KP", asOf: "2016-04-01") { publishedOn sections { topic heading body } } }""");

        var profile = json["data"]!["profile"]!;
        Assert.Equal("2016-03-23", (string)profile["publishedOn"]!);
        var sections = profile["sections"]!.AsArray();
        Assert.Equal(
            ["POLITICAL", "ECONOMIC", "CULTURAL_SCIENTIFIC_TECHNICAL", "HUMANITARIAN_DEVELOPMENT"],
            sections.Select(s => (string)s!["topic"]!));
        Assert.Equal(
            ["Political relations", "Economic relations", "Cultural, scientific and technical cooperation", "Humanitarian assistance"],
            sections.Select(s => (string)s!["heading"]!));
        Assert.Contains("€6.4 million", (string)sections[1]!["body"]!, StringComparison.Ordinal);
        Assert.StartsWith("France and Estonia are the only European countries", (string)sections[0]!["body"]!, StringComparison.Ordinal);
        Assert.EndsWith("monitoring of humanitarian organizations in North Korea.", (string)sections[3]!["body"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_day_before_the_first_revision_there_is_nothing()
    {
        var server = await TestServer.GetAsync();

        var json = await server.QueryAsync("""{ profile(country: "KP", asOf: "2016-03-22") { publishedOn } }""");

        Assert.Null(json["errors"]);
        Assert.Null(json["data"]!["profile"]);
    }

    [Theory]
    [InlineData("PRK")]
    [InlineData("North Korea")]
    [InlineData("corée du nord")]
    [InlineData("DPRK")]
    [InlineData("kp")]
    public async Task Codes_names_and_aliases_resolve_to_the_same_profile(string country)
    {
        var server = await TestServer.GetAsync();
        var reference = await server.QueryAsync("""{ profile(country: "KP", asOf: "2016-04-01") { id profile { id } } }""");

        var json = await server.QueryAsync("query($c: String!) { profile(country: $c, asOf: \"2016-04-01\") { id profile { id country { code } } } }", new { c = country });

        Assert.Equal((string)reference["data"]!["profile"]!["id"]!, (string)json["data"]!["profile"]!["id"]!);
        Assert.Equal("KP", (string)json["data"]!["profile"]!["profile"]!["country"]!["code"]!);
    }

    [Fact]
    public async Task Every_profiles_economic_section_as_of_today()
    {
        var server = await TestServer.GetAsync();

        var json = await server.QueryAsync("""{ sections(topic: ECONOMIC, countries: ["KP"]) { heading body profile { publisher { code } language } } }""");

        var reference = json["data"]!["sections"]!.AsArray().Single(s => (string)s!["profile"]!["publisher"]!["code"]! == "FR-MFA" && (string)s["profile"]!["language"]! == "en");
        Assert.Equal("Economic relations", (string)reference!["heading"]!);
    }

    [Fact]
    public async Task Provenance_is_served()
    {
        var server = await TestServer.GetAsync();

        var json = await server.QueryAsync("""{ profile(country: "KP") { kind recordedBy recordedAt supersededAt source { url sha256 } corrections { id } } }""");

        var profile = json["data"]!["profile"]!;
        Assert.Equal("PUBLICATION", (string)profile["kind"]!);
        Assert.Matches("^[0-9a-f]{64}$", (string)profile["source"]!["sha256"]!);
        Assert.StartsWith("https://www.diplomatie.gouv.fr/", (string)profile["source"]!["url"]!, StringComparison.Ordinal);
        Assert.Null(profile["supersededAt"]);
    }
}
