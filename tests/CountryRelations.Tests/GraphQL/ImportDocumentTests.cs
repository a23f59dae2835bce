using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.GraphQL;

public sealed class ImportDocumentTests
{
    private const string Mutation = """
        mutation($input: ImportDocumentInput!) {
          importDocument(input: $input) { outcome message revision { id publishedOn profile { country { code } } } page { title publishedOn unknownHeadings sections { topic heading } } }
        }
        """;

    [Fact]
    public async Task Imports_html_then_reports_it_already_stored()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var html = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "us-en_cambodia_2019-02-12.html"));
        var input = new { input = new { content = html, format = "HTML", publisher, recordedBy = "tests", source = "https://www.state.gov/r/pa/ei/bgn/2732.htm" } };

        var first = await server.QueryAsync(Mutation, input);
        var second = await server.QueryAsync(Mutation, input);

        var result = first["data"]!["importDocument"]!;
        Assert.Equal("CREATED", (string)result["outcome"]!);
        Assert.Equal("KH", (string)result["revision"]!["profile"]!["country"]!["code"]!);
        Assert.Equal("2019-02-12", (string)result["revision"]!["publishedOn"]!);
        Assert.Equal(["POLITICAL", "HUMANITARIAN_DEVELOPMENT", "ECONOMIC"], result["page"]!["sections"]!.AsArray().Select(s => (string)s!["topic"]!));
        Assert.Equal("ALREADY_STORED", (string)second["data"]!["importDocument"]!["outcome"]!);
        Assert.Equal((string)result["revision"]!["id"]!, (string)second["data"]!["importDocument"]!["revision"]!["id"]!);
    }

    [Fact]
    public async Task Refusals_are_coded_errors()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var json = await server.QueryAsync(Mutation, new { input = new { content = "France and Senegal\n\nEconomic relations\n\nTrade.", publisher, recordedBy = "tests" } });

        Assert.Equal("DATE_REQUIRED", (string)json["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("publishedOn", (string)json["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_of_a_page_given_only_its_address_shows_every_fact_and_its_origin()
    {
        var server = await TestServer.GetAsync();
        var content = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "variants", "fr-en_thailand_political-relations-subpage.txt"));
        const string dryRun = """
            mutation($input: ImportDocumentInput!) {
              importDocument(input: $input) {
                outcome wouldBe warnings { code message }
                identity { country { code } countryCode { value origin } publisher { value origin } language { value origin } publishedOn { value origin text }
                           countryClues { country { code } origin evidence } }
                page { sections { topic topicFrom heading } }
              }
            }
            """;

        var json = await server.QueryAsync(dryRun, new { input = new { content, dryRun = true, recordedBy = "tests",
            source = "http://www.diplomatie.gouv.fr/en/country-files/thailand/france-and-thailand/political-relations-6801" } });

        var result = json["data"]!["importDocument"]!;
        var identity = result["identity"]!;
        Assert.Equal("PARSED", (string)result["outcome"]!);
        Assert.Null(result["wouldBe"]);
        Assert.Equal(["DATE_REQUIRED"], result["warnings"]!.AsArray().Select(w => (string)w!["code"]!));
        Assert.Equal(("TH", "TH", "SOURCE_ADDRESS"), ((string)identity["country"]!["code"]!, (string)identity["countryCode"]!["value"]!, (string)identity["countryCode"]!["origin"]!));
        Assert.Equal(("FR-MFA", "SOURCE_ADDRESS"), ((string)identity["publisher"]!["value"]!, (string)identity["publisher"]!["origin"]!));
        Assert.Equal(("en", "SOURCE_ADDRESS"), ((string)identity["language"]!["value"]!, (string)identity["language"]!["origin"]!));
        Assert.Equal(("no date stated", "NONE"), ((string)identity["publishedOn"]!["text"]!, (string)identity["publishedOn"]!["origin"]!));
        Assert.Contains(identity["countryClues"]!.AsArray(), c => (string)c!["origin"]! == "SOURCE_ADDRESS" && (string)c["country"]!["code"]! == "TH");
        var section = Assert.Single(result["page"]!["sections"]!.AsArray());
        Assert.Equal(("POLITICAL", "HEADING", "Political relations"), ((string)section!["topic"]!, (string)section["topicFrom"]!, (string)section["heading"]!));
    }
}
