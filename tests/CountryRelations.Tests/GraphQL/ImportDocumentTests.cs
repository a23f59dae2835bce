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
}
