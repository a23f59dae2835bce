using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.GraphQL;

/// <summary>Every GraphQL example in README.md, run against the seeded server, in README order.</summary>
public sealed partial class ReadmeExampleTests
{
    /// <summary>
    /// The examples: each document in a ```graphql block starts at column 0 with <c>{</c>, <c>query</c> or
    /// <c>mutation</c> and ends at a blank or comment line.
    /// </summary>
    public static IReadOnlyList<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var examples = new List<string>();
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            var current = new List<string>();
            foreach (var line in block.Groups["body"].Value.Split('\n'))
            {
                var starts = line.StartsWith('{') || line.StartsWith("query", StringComparison.Ordinal) || line.StartsWith("mutation", StringComparison.Ordinal);
                if (starts || line.Length == 0 || line.StartsWith('#'))
                {
                    Flush();
                }

                if (starts || current.Count > 0 && line.Length > 0 && !line.StartsWith('#'))
                {
                    current.Add(line);
                }
            }

            Flush();

            void Flush()
            {
                if (current.Count > 0)
                {
                    examples.Add(string.Join('\n', current));
                    current.Clear();
                }
            }
        }

        return examples;
    }

    [Fact]
    public async Task Every_readme_example_runs_without_errors()
    {
        var server = await TestServer.GetAsync();
        var examples = Examples();
        string? lastId = null;

        foreach (var example in examples)
        {
            // An example that takes $id gets the id the previous example returned (publish, then correct it).
            var variables = example.Contains("$id", StringComparison.Ordinal) ? new { id = lastId } : null;
            var json = await server.QueryAsync(example, variables);

            Assert.True(json["errors"] is null, $"{example}\n→ {json["errors"]}");
            Assert.NotNull(json["data"]);
            lastId = FirstId(json["data"]) ?? lastId;
        }

        Assert.True(examples.Count >= 20, $"only {examples.Count} examples were found in README.md");
        Assert.Contains(examples, e => e.StartsWith("mutation Correct", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reference_profile_as_of_april_2016_has_its_four_sections()
    {
        var server = await TestServer.GetAsync();

        var json = await server.QueryAsync(Examples().First(e => e.Contains("asOf: \"2016-04-01\") { publishedOn sections", StringComparison.Ordinal)));

        var sections = json["data"]!["profile"]!["sections"]!.AsArray();
        Assert.Equal("2016-03-23", (string)json["data"]!["profile"]!["publishedOn"]!);
        Assert.Equal(
            ["Political relations", "Economic relations", "Cultural, scientific and technical cooperation", "Humanitarian assistance"],
            sections.Select(s => (string)s!["heading"]!));
        Assert.Contains("€6.4 million", (string)sections[1]!["body"]!, StringComparison.Ordinal);
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
    public async Task The_comparison_example_shows_the_trade_figure_change()
    {
        var server = await TestServer.GetAsync();

        var json = await server.QueryAsync(Examples().First(e => e.Contains("compareProfile", StringComparison.Ordinal)));

        var figures = json["data"]!["compareProfile"]!["sections"]!.AsArray().SelectMany(s => s!["figures"]!.AsArray());
        Assert.Contains(figures, f => (string?)f!["old"]?["text"] == "€6.4 million" && (string?)f["new"]?["text"] == "€8.2 million");
    }

    private static string? FirstId(JsonNode? node) => node switch
    {
        JsonObject o when o["id"] is JsonValue id => (string?)id,
        JsonObject o => o.Select(p => FirstId(p.Value)).FirstOrDefault(v => v is not null),
        JsonArray a => a.Select(FirstId).FirstOrDefault(v => v is not null),
        _ => null,
    };

    [GeneratedRegex(@"```graphql\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
