using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Comparison;

public sealed class ComparisonQueryTests
{
    private const string ComparisonFields = """
        from { id publishedOn } to { id publishedOn }
        summary { added removed changed moved unchanged wordsAdded wordsRemoved figuresChanged }
        sections { kind headingChanged moved old { heading } new { heading } words { kind text } sentences { kind text }
                   figures { kind old { value currency text } new { value currency text } oldSentence newSentence } }
        """;

    private static async Task<(TestServer Server, string Publisher)> NorthKoreaPairAsync()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        await SampleImports.ImportAsync(server, publisher, "fr-en_north-korea_2016-03-23.txt");
        await SampleImports.ImportAsync(server, publisher, "fr-en_north-korea_2017.txt");
        return (server, publisher);
    }

    private static JsonNode Section(JsonNode comparison, string newHeading) =>
        comparison["sections"]!.AsArray().Single(s => s!["new"]!.AsArray().Any(n => (string)n!["heading"]! == newHeading))!;

    [Fact]
    public async Task Compare_profile_between_two_dates_reports_sections_words_and_figures()
    {
        var (server, publisher) = await NorthKoreaPairAsync();

        var json = await server.QueryAsync(
            $"query($p: String) {{ compareProfile(country: \"North Korea\", publisher: $p, from: \"2016-06-01\", to: \"2017-06-01\") {{ {ComparisonFields} }} }}",
            new { p = publisher });

        var comparison = json["data"]!["compareProfile"]!;
        Assert.Equal(("2016-03-23", "2017-01-01"), ((string)comparison["from"]!["publishedOn"]!, (string)comparison["to"]!["publishedOn"]!));
        Assert.Equal((1, 0, 4), ((int)comparison["summary"]!["added"]!, (int)comparison["summary"]!["removed"]!, (int)comparison["summary"]!["changed"]!));
        var trade = Section(comparison, "Economic relations")["figures"]!.AsArray().Single(f => (string?)f!["old"]?["text"] == "€6.4 million")!;
        Assert.Equal((6400000m, 8200000m, "EUR"), ((decimal)trade["old"]!["value"]!, (decimal)trade["new"]!["value"]!, (string)trade["new"]!["currency"]!));
        Assert.Equal("ADDED", (string)Section(comparison, "Relations with the European Union")["kind"]!);
        var humanitarian = Section(comparison, "Other types of cooperation: humanitarian assistance");
        Assert.Equal(("CHANGED", true, "Humanitarian assistance"), ((string)humanitarian["kind"]!, (bool)humanitarian["headingChanged"]!, (string)humanitarian["old"]![0]!["heading"]!));
        Assert.Contains(Section(comparison, "Economic relations")["sentences"]!.AsArray(), s => (string)s!["kind"]! == "INSERTED" && (string)s["text"]! == "There are no French companies working in the country.");
    }

    [Fact]
    public async Task Compare_by_ids_matches_compare_profile_and_unknown_ids_are_coded_errors()
    {
        var (server, publisher) = await NorthKoreaPairAsync();
        var timeline = await server.QueryAsync("query($p: String) { revisions(country: \"KP\", publisher: $p) { nodes { id } } }", new { p = publisher });
        var ids = timeline["data"]!["revisions"]!["nodes"]!.AsArray().Select(r => (string)r!["id"]!).ToArray();

        var byIds = await server.QueryAsync("query($a: ID!, $b: ID!) { compare(from: $a, to: $b) { summary { changed added wordsAdded } } }", new { a = ids[0], b = ids[1] });
        var missing = await server.QueryAsync("query($a: ID!) { compare(from: $a, to: \"999999999\") { summary { changed } } }", new { a = ids[0] });

        Assert.Equal((4, 1), ((int)byIds["data"]!["compare"]!["summary"]!["changed"]!, (int)byIds["data"]!["compare"]!["summary"]!["added"]!));
        Assert.Equal("REVISION_NOT_FOUND", (string)missing["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Topic_history_lists_each_revision_that_changed_the_topic()
    {
        var (server, publisher) = await NorthKoreaPairAsync();

        var json = await server.QueryAsync(
            "query($p: String) { union: topicHistory(country: \"KP\", publisher: $p, topic: EUROPEAN_UNION_MULTILATERAL) { from { id } to { publishedOn } summary { added changed } } " +
            "economic: topicHistory(country: \"KP\", publisher: $p, topic: ECONOMIC) { from { publishedOn } to { publishedOn } summary { added changed } } }",
            new { p = publisher });

        var union = Assert.Single(json["data"]!["union"]!.AsArray())!;
        Assert.Equal(("2017-01-01", 1), ((string)union["to"]!["publishedOn"]!, (int)union["summary"]!["added"]!));
        var economic = json["data"]!["economic"]!.AsArray();
        Assert.Equal(2, economic.Count);
        Assert.Null(economic[0]!["from"]);
        Assert.Equal(("2016-03-23", 1), ((string)economic[1]!["from"]!["publishedOn"]!, (int)economic[1]!["summary"]!["changed"]!));
    }

    [Fact]
    public async Task Changes_feed_and_silent_edits_compare_each_revision_with_the_one_it_replaced()
    {
        var (server, publisher) = await NorthKoreaPairAsync();
        var original = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "fr-en_senegal_2017.txt"));
        await SampleImports.ImportAsync(server, publisher, "fr-en_senegal_2017.txt");
        await SampleImports.ImportAsync(server, publisher, "fr-en_senegal_2017.txt", capturedOn: new DateOnly(2017, 9, 15),
            content: original.Replace("€834.2 million", "€850 million", StringComparison.Ordinal));

        var json = await server.QueryAsync(
            """
            query($p: String) {
              changes(since: "2017-01-01", until: "2017-12-31", topic: ECONOMIC, publisher: $p) { totalCount nodes { to { publishedOn kind profile { publisher { code } country { code } } } from { publishedOn } summary { changed added } } }
              silentEdits(since: "2017-09-01", until: "2017-09-30", publisher: $p) { totalCount nodes { from { publishedOn kind } to { publishedOn effectiveFrom kind profile { publisher { code } } }
                sections(kinds: [CHANGED]) { figures { old { value } new { value } } } } } }
            """, new { p = publisher });

        Assert.True(json["errors"] is null, json.ToJsonString());
        var ours = json["data"]!["changes"]!["nodes"]!.AsArray();
        Assert.Null(json["data"]!["changes"]!["totalCount"]);
        Assert.Equal(["SN:2017-07-01:SILENT_EDIT", "SN:2017-07-01:PUBLICATION", "KP:2017-01-01:PUBLICATION"],
            ours.Select(c => $"{c!["to"]!["profile"]!["country"]!["code"]}:{c["to"]!["publishedOn"]}:{c["to"]!["kind"]}"));
        var silent = Assert.Single(json["data"]!["silentEdits"]!["nodes"]!.AsArray())!;
        Assert.Equal(1, (int)json["data"]!["silentEdits"]!["totalCount"]!);
        Assert.Equal(("2017-07-01", "2017-09-15", "PUBLICATION"), ((string)silent["to"]!["publishedOn"]!, (string)silent["to"]!["effectiveFrom"]!, (string)silent["from"]!["kind"]!));
        var figure = silent["sections"]![0]!["figures"]![0]!;
        Assert.Equal((834200000m, 850000000m), ((decimal)figure["old"]!["value"]!, (decimal)figure["new"]!["value"]!));
    }

    [Fact]
    public async Task A_topic_filtered_feed_pages_one_item_at_a_time_in_the_same_order()
    {
        var (server, publisher) = await NorthKoreaPairAsync();
        await SampleImports.ImportAsync(server, publisher, "fr-en_senegal_2016.txt");
        await SampleImports.ImportAsync(server, publisher, "fr-en_senegal_2017.txt");
        const string query = """
            query($p: String, $after: String, $first: Int) {
              changes(since: "2015-01-01", until: "2018-01-01", topic: ECONOMIC, publisher: $p, first: $first, after: $after) {
                pageInfo { hasNextPage endCursor } nodes { to { id } } } }
            """;

        var whole = (await server.QueryAsync(query, new { p = publisher, first = 10 }))["data"]!["changes"]!["nodes"]!.AsArray().Select(n => (string)n!["to"]!["id"]!).ToList();
        var paged = new List<string>();
        string? after = null;
        JsonNode page;
        do
        {
            page = (await server.QueryAsync(query, new { p = publisher, first = 1, after }))["data"]!["changes"]!;
            paged.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["to"]!["id"]!));
            after = (string?)page["pageInfo"]!["endCursor"];
        }
        while ((bool)page["pageInfo"]!["hasNextPage"]!);

        // KP 2017, SN 2017 (economic section added), KP 2016 (first revision); SN 2016 has no economic section.
        Assert.Equal(3, whole.Count);
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task Figures_trace_one_kind_through_the_revisions_with_their_sentences()
    {
        var (server, publisher) = await NorthKoreaPairAsync();

        var json = await server.QueryAsync(
            "query($p: String) { figures(country: \"KP\", publisher: $p, kind: AMOUNT, topic: ECONOMIC) { revision { publishedOn } section { heading } figure { value text } sentence } }",
            new { p = publisher });

        var figures = json["data"]!["figures"]!.AsArray();
        Assert.Equal(
            ["2016-03-23 €6.4 million", "2016-03-23 €400 million", "2017-01-01 €8.2 million", "2017-01-01 €2 million", "2017-01-01 €10 million"],
            figures.Select(f => $"{f!["revision"]!["publishedOn"]} {f["figure"]!["text"]}"));
        Assert.Equal("Trade between France and North Korea is limited (€6.4 million in 2014).", (string)figures[0]!["sentence"]!);
    }

    [Fact]
    public async Task Figures_are_bounded_per_answer_and_share_nothing_but_their_own_part_of_a_long_sentence()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<CountryRelations.History.RevisionStore>();
        // One "sentence" of some 4,000 amounts, 99,000 characters long: no full stop to cut it.
        var body = string.Join(" and ", Enumerable.Range(1, 4_900).Select(i => $"€{i} million of trade"))[..99_000];
        await store.PublishAsync(TestData.Publish(publisher, "2016-01-01", body));
        const string Figures = "query($p: String) { figures(country: \"KP\", publisher: $p, kind: AMOUNT) { figure { value } sentence } }";

        using var response = await server.PostAsync(Figures, new { p = publisher });
        var text = await response.Content.ReadAsStringAsync();
        await store.PublishAsync(TestData.Publish(publisher, "2017-01-01", body + " and €1 billion"));
        var tooMany = await server.QueryAsync(Figures, new { p = publisher });
        var aliased = await server.QueryAsync("{ " + string.Concat(Enumerable.Range(0, 30).Select(i => $"f{i}: figures(country: \"KP\") {{ figure {{ value }} sentence }} ")) + "}");

        var figures = JsonNode.Parse(text)!["data"]!["figures"]!.AsArray();
        Assert.True(figures.Count > 3_500, figures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(figures, f => Assert.True(((string)f!["sentence"]!).Length <= CountryRelations.Comparison.Sentences.MaxLength + 2));
        Assert.True(text.Length < 8 * 1024 * 1024, $"{text.Length} characters");
        Assert.Equal("TOO_MANY_FIGURES", (string)tooMany["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("COMPLEXITY_LIMIT_EXCEEDED", (string)aliased["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_correction_is_compared_with_the_row_it_corrects_and_the_old_state_stays_queryable()
    {
        var (server, publisher) = await NorthKoreaPairAsync();
        var current = await server.QueryAsync("query($p: String) { profile(country: \"KP\", publisher: $p) { id recordedAt } }", new { p = publisher });
        var wrongId = (string)current["data"]!["profile"]!["id"]!;
        var before = (string)current["data"]!["profile"]!["recordedAt"]!;

        var corrected = await server.QueryAsync(
            """
            mutation($id: ID!) { correctRevision(input: { revision: $id, recordedBy: "auditor", note: "trade figure mistyped",
              sections: [{ heading: "Economic relations", body: "Trade between France and North Korea is not very significant (€8.4 million in 2016)." }] }) {
              id comparedToPrevious { from { id } sections(kinds: [CHANGED]) { figures { old { value } new { value } } } summary { removed } } } }
            """,
            new { id = wrongId });
        var then = await server.QueryAsync(
            "query($p: String, $k: DateTime) { profile(country: \"KP\", publisher: $p, knownAt: $k) { id } }", new { p = publisher, k = before });

        var comparison = corrected["data"]!["correctRevision"]!["comparedToPrevious"]!;
        Assert.Equal(wrongId, (string)comparison["from"]!["id"]!);
        var figure = comparison["sections"]![0]!["figures"]![0]!;
        Assert.Equal((8_200_000m, 8_400_000m), ((decimal)figure["old"]!["value"]!, (decimal)figure["new"]!["value"]!));
        Assert.Equal(4, (int)comparison["summary"]!["removed"]!);
        Assert.Equal(wrongId, (string)then["data"]!["profile"]!["id"]!);
    }
}
