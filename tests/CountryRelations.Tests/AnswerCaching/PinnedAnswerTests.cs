using System.Globalization;
using CountryRelations.Api.AnswerCaching;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.AnswerCaching;

/// <summary>Which answers can never change, and that those answers indeed do not as the history grows and is corrected.</summary>
public sealed class PinnedAnswerTests
{
    private const string Past = "2020-01-01T00:00:00Z";

    private const string Pinned = $$"""profile(country: "KP", publisher: "FR-MFA", language: "fr", asOf: "2017-01-01", knownAt: "{{Past}}")""";

    public static TheoryData<string, string, bool> Documents => new()
    {
        { "the history as known at a settled instant, every default given", $"{{ {Pinned} {{ id publishedOn sections {{ heading body }} }} }}", true },
        { "static reference data", "{ countries(search: \"kor\") { code nameEn aliases } __typename }", true },
        { "a comparison of two rows by ID", "{ compare(from: \"1\", to: \"2\") { summary { changed } sections { words { kind text } } } }", true },
        { "fields reached through a fragment and an inline fragment", $"query {{ {Pinned} {{ ...row }} }} fragment row on Revision {{ id ... on Revision {{ effectiveFrom }} }}", true },
        { "a nested knownAt that is settled", $"{{ {Pinned} {{ validUntil(knownAt: \"{Past}\") profile {{ revision(asOf: \"2016-01-01\", knownAt: \"{Past}\") {{ id }} }} }} }}", true },
        { "knownAt left to default to now", """{ profile(country: "KP", publisher: "FR-MFA", language: "fr", asOf: "2017-01-01") { id } }""", false },
        { "asOf left to default to today", $$"""{ profile(country: "KP", publisher: "FR-MFA", language: "fr", knownAt: "{{Past}}") { id } }""", false },
        { "the publisher left to the configured default", $$"""{ profile(country: "KP", language: "fr", asOf: "2017-01-01", knownAt: "{{Past}}") { id } }""", false },
        { "a field a later correction changes", $"{{ {Pinned} {{ id supersededAt }} }}", false },
        { "corrections recorded later", $"{{ {Pinned} {{ corrections {{ id }} }} }}", false },
        { "a nested knownAt left to default to now", $"{{ {Pinned} {{ validUntil }} }}", false },
        { "a live field inside a fragment", $"query {{ {Pinned} {{ ...row }} }} fragment row on Revision {{ id supersededBy {{ id }} }}", false },
        { "the publisher registry, which is edited", $"{{ {Pinned} {{ profile {{ publisher {{ name }} }} }} }}", false },
        { "a root field that declares nothing", "{ publishers { code } }", false },
        { "introspection", "{ __schema { queryType { name } } }", false },
        { "a revision by ID, which may not exist yet", "{ revision(id: \"1\") { id } }", false },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Decides_from_the_document_whether_its_answer_can_change(string why, string document, bool pinned)
    {
        var server = await TestServer.GetAsync();

        var decided = await DecideAsync(server, document, null, new PinnedAnswerOptions());

        Assert.True(decided == pinned, $"{why}: expected pinned = {pinned}");
    }

    [Fact]
    public async Task A_knownAt_given_through_a_variable_counts_once_it_has_settled()
    {
        var server = await TestServer.GetAsync();
        const string document = """query($at: DateTime) { profile(country: "KP", publisher: "FR-MFA", language: "fr", asOf: "2017-01-01", knownAt: $at) { id } }""";
        var options = new PinnedAnswerOptions { SettledAfter = TimeSpan.FromHours(1) };

        var settled = await DecideAsync(server, document, new Inputs(new Dictionary<string, object?> { ["at"] = Past }), options);
        var recent = await DecideAsync(server, document, new Inputs(new Dictionary<string, object?> { ["at"] = Instant(DateTime.UtcNow.AddMinutes(-5)) }), options);
        var missing = await DecideAsync(server, document, null, options);
        var withDefault = await DecideAsync(server, document.Replace("$at: DateTime)", $"$at: DateTime = \"{Past}\")", StringComparison.Ordinal), null, options);

        Assert.True(settled);
        Assert.False(recent);
        Assert.False(missing);
        Assert.True(withDefault);
    }

    [Fact]
    public async Task A_pinned_answer_stays_the_same_while_the_profile_is_republished_and_corrected()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<RevisionStore>();
        var first = await store.PublishAsync(TestData.Publish(publisher, "2016-03-23", "Trade grew by 4% in 2015 under the cooperation agreement."));
        await store.PublishAsync(TestData.Publish(publisher, "2016-09-01", "Trade grew by 6% in 2016 under the cooperation agreement."));
        var knownAt = DateTime.UtcNow;
        var document = Everything(publisher, Instant(knownAt));
        // Settled at once here: nothing else writes this test's profile, so the instant is final when the writes above return.
        var options = new PinnedAnswerOptions { SettledAfter = TimeSpan.Zero };

        var pinned = await DecideAsync(server, document, null, options);
        var before = await AnswerAsync(server, document);
        var liveBefore = await AnswerAsync(server, Everything(publisher, knownAt: null));
        await store.PublishAsync(TestData.Publish(publisher, "2017-02-01", "Trade fell by 2% in 2016; the cooperation agreement lapsed."));
        await store.CorrectAsync(new CorrectRevisionCommand(first.Id, [new SectionDraft("Economic relations", "Trade grew by 5% in 2015 under the cooperation agreement.")], new Provenance("tests", Note: "The rate was misprinted.")));
        var after = await AnswerAsync(server, document);
        var liveAfter = await AnswerAsync(server, Everything(publisher, knownAt: null));

        Assert.True(pinned);
        Assert.DoesNotContain("\"errors\"", before, StringComparison.Ordinal);
        Assert.Contains("6%", before, StringComparison.Ordinal);
        Assert.Equal(before, after);
        // The same document as known now does change: the writes above are ones a pinned answer must not see.
        Assert.NotEqual(liveBefore, liveAfter);
    }

    // Most fields a pinned answer may select, as known at one instant (or, without it, as known now).
    private static string Everything(string publisher, string? knownAt)
    {
        var at = knownAt is null ? "" : $", knownAt: \"{knownAt}\"";
        var nested = knownAt is null ? "" : $"(knownAt: \"{knownAt}\")";
        var profile = $"country: \"KP\", publisher: \"{publisher}\", language: \"en\"";
        return $$"""
            {
              profile({{profile}}, asOf: "2017-06-01"{{at}}) {
                id sequence kind publishedOn datePrecision effectiveFrom recordedAt validUntil{{nested}}
                source { url sha256 } corrects { id } contentSha256 previousSha256 sealSha256 chainSha256
                sections { position topic heading body }
                profile { id language country { code nameEn } revision(asOf: "2016-06-01"{{at}}) { id effectiveFrom } }
                comparedToPrevious{{nested}} { summary { added removed changed wordsAdded wordsRemoved figuresChanged } sections { kind words { kind text } figures { kind old { text } new { text } } } }
              }
              revisions({{profile}}{{at}}) { totalCount pageInfo { hasNextPage endCursor } nodes { id effectiveFrom validUntil{{nested}} } }
              compareProfile({{profile}}, from: "2016-04-01", to: "2017-06-01"{{at}}) { from { id } to { id } summary { changed } }
              topicHistory({{profile}}, topic: ECONOMIC{{at}}) { to { id } summary { wordsAdded } }
              changes(since: "2016-01-01", until: "2017-06-01", publisher: "{{publisher}}"{{at}}) { totalCount nodes { to { id } } }
              sections(topic: ECONOMIC, asOf: "2017-06-01", publisher: "{{publisher}}"{{at}}) { totalCount nodes { body revision { id } } }
              search(text: "trade", asOf: "2017-06-01", publisher: "{{publisher}}"{{at}}) { totalCount nodes { rank snippet { text highlighted } section { body } } }
              figures({{profile}}{{at}}) { revision { id } figure { kind text } sentence }
            }
            """;
    }

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static async Task<bool> DecideAsync(TestServer server, string document, Inputs? variables, PinnedAnswerOptions options)
    {
        var pinned = new PinnedAnswer(options, TimeProvider.System);
        await ExecuteAsync(server, document, variables, pinned);
        return pinned.Pinned;
    }

    private static async Task<string> AnswerAsync(TestServer server, string document)
    {
        var result = await ExecuteAsync(server, document, null, null);
        return server.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
    }

    private static async Task<ExecutionResult> ExecuteAsync(TestServer server, string document, Inputs? variables, PinnedAnswer? pinned)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var options = new ExecutionOptions { Query = document, Variables = variables, RequestServices = scope.ServiceProvider };
        if (pinned is not null)
        {
            options.Listeners.Add(pinned);
        }

        return await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options);
    }
}
