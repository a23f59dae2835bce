using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Search;

public sealed class SearchTests
{
    private const string Search = """
        query($t: String!, $p: String, $language: String, $topic: Topic, $asOf: Date, $all: Boolean, $first: Int, $after: String) {
          search(text: $t, publisher: $p, language: $language, topic: $topic, asOf: $asOf, allHistory: $all, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { rank section { heading topic } revision { publishedOn } profile { language country { code } } snippet { text highlighted } }
          }
        }
        """;

    private static async Task<(TestServer Server, string Publisher)> SamplesAsync(params string[] files)
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        foreach (var file in files)
        {
            await SampleImports.ImportAsync(server, publisher, file);
        }

        return (server, publisher);
    }

    private static async Task<JsonNode> SearchAsync(TestServer server, object variables)
    {
        var json = await server.QueryAsync(Search, variables);
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!["search"]!;
    }

    private static JsonArray Nodes(JsonNode result) => result["nodes"]!.AsArray();

    [Fact]
    public async Task French_search_folds_accents_and_stems_and_highlights_the_match()
    {
        var (server, publisher) = await SamplesAsync("fr-fr_coree-du-nord_2023.txt");

        // "cooperation" without its accent, singular, finds "coopération(s)" in the French page.
        var result = await SearchAsync(server, new { t = "cooperation culturelle", p = publisher, language = "fr", all = true });

        Assert.NotEmpty(Nodes(result));
        Assert.All(Nodes(result), n => Assert.Equal("fr", (string)n!["profile"]!["language"]!));
        var highlighted = Nodes(result).SelectMany(n => n!["snippet"]!.AsArray()).Where(p => (bool)p!["highlighted"]!).Select(p => ((string)p!["text"]!).ToLowerInvariant()).ToList();
        Assert.Contains(highlighted, h => h.StartsWith("coopération", StringComparison.Ordinal) || h.StartsWith("culturel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task English_search_stems_and_is_restricted_to_revisions_in_force_unless_all_history_is_asked()
    {
        var (server, publisher) = await SamplesAsync("fr-en_north-korea_2016-03-23.txt", "fr-en_north-korea_2017.txt");

        // "cement factory" is only on the 2016 page, which the 2017 page replaced.
        var today = await SearchAsync(server, new { t = "cement factories", p = publisher });
        var in2016 = await SearchAsync(server, new { t = "cement factories", p = publisher, asOf = "2016-06-01" });
        var everything = await SearchAsync(server, new { t = "cement factories", p = publisher, all = true });

        Assert.Equal(0, (int)today["totalCount"]!);
        Assert.Equal("2016-03-23", (string)Nodes(in2016).Single()!["revision"]!["publishedOn"]!);
        Assert.Equal(1, (int)everything["totalCount"]!);
    }

    [Fact]
    public async Task Heading_matches_rank_above_body_matches_and_pages_follow_the_ranking()
    {
        var (server, publisher) = await SamplesAsync("fr-en_north-korea_2016-03-23.txt", "fr-en_north-korea_2017.txt", "fr-en_senegal_2017.txt");

        var all = await SearchAsync(server, new { t = "humanitarian", p = publisher, all = true, first = 50 });
        var first = await SearchAsync(server, new { t = "humanitarian", p = publisher, all = true, first = 2 });
        var rest = await SearchAsync(server, new { t = "humanitarian", p = publisher, all = true, first = 50, after = (string)first["pageInfo"]!["endCursor"]! });

        var ranks = Nodes(all).Select(n => (double)n!["rank"]!).ToList();
        Assert.Equal(ranks.OrderByDescending(r => r), ranks);
        Assert.Contains("umanitarian", (string)Nodes(all)[0]!["section"]!["heading"]!, StringComparison.Ordinal);
        Assert.Equal(
            Nodes(all).Select(n => n!.ToJsonString()),
            Nodes(first).Concat(Nodes(rest)).Select(n => n!.ToJsonString()));
        Assert.Equal((int)all["totalCount"]!, Nodes(all).Count);
    }

    [Fact]
    public async Task Topic_filters_and_web_search_syntax_work()
    {
        var (server, publisher) = await SamplesAsync("fr-en_north-korea_2016-03-23.txt");

        var economic = await SearchAsync(server, new { t = "North Korea", p = publisher, topic = "ECONOMIC" });
        var excluded = await SearchAsync(server, new { t = "\"joint venture\" -cement", p = publisher });

        Assert.All(Nodes(economic), n => Assert.Equal("ECONOMIC", (string)n!["section"]!["topic"]!));
        Assert.Equal(0, (int)excluded["totalCount"]!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_search_text_is_a_coded_error(string text)
    {
        var server = await TestServer.GetAsync();

        var json = await server.QueryAsync("query($t: String!) { search(text: $t) { totalCount } }", new { t = text });

        Assert.Equal("INVALID_SEARCH", (string)json["errors"]![0]!["extensions"]!["code"]!);
    }

    [Theory]
    [InlineData("world/022_de-de_vietnam_2019-03-04.txt", "de", "Beziehung", "beziehungen")]
    [InlineData("world/017_us-es_guatemala_2003.txt", "es", "montañosa", "montañoso")]
    public async Task German_and_spanish_sections_are_stemmed_in_their_own_language(string file, string language, string text, string inflected)
    {
        var (server, publisher) = await SamplesAsync(file);

        // English stemming would not join these forms: only the section's own language does.
        var result = await SearchAsync(server, new { t = text, p = publisher, language, all = true });

        Assert.NotEmpty(Nodes(result));
        var highlighted = Nodes(result).SelectMany(n => n!["snippet"]!.AsArray()).Where(p => (bool)p!["highlighted"]!).Select(p => ((string)p!["text"]!).ToLowerInvariant());
        Assert.Contains(inflected, highlighted);
    }

    [Fact]
    public async Task Every_language_with_a_vocabulary_is_indexed_with_the_configuration_it_names()
    {
        var database = await TestDatabase.GetAsync();
        await using var connection = new Npgsql.NpgsqlConnection(database.ApplicationConnectionString);
        await connection.OpenAsync();
        foreach (var language in CountryRelations.Languages.Vocabularies.All)
        {
            await using var command = new Npgsql.NpgsqlCommand("SELECT search_configuration($1)::text, $2::regconfig = ANY (search_configurations())", connection)
            {
                Parameters = { new() { Value = language.Code }, new() { Value = language.SearchConfiguration } },
            };
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal((language.SearchConfiguration, true), (reader.GetString(0), reader.GetBoolean(1)));
        }
    }
}
