using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CountryRelations.Tests.Transport;

/// <summary>
/// The hostile corpus against the real server: every request is refused with its own status and code, quickly,
/// never with a 5xx or INTERNAL_SERVER_ERROR, the next request is served, and the history is untouched.
/// </summary>
public sealed class HostileRequestTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_hostile_request_is_refused_quickly_with_its_code_and_the_history_is_untouched()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var corpus = HostileCorpus.Build(publisher);
        // The rows that exist now (other tests add rows of the shared publishers meanwhile), and the test publisher's.
        var existing = await NewestRevisionIdAsync();
        var before = await ChecksumAsync(publisher, existing);

        // Once to warm up, once measured: the first request of a kind pays for the JIT, not the request.
        foreach (var hostile in corpus.Take(5))
        {
            (await SendAsync(server, hostile)).Dispose();
        }

        var failures = new List<string>();
        var byCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var workingSetBefore = Environment.WorkingSet;
        var slowest = TimeSpan.Zero;
        foreach (var hostile in corpus)
        {
            var watch = Stopwatch.StartNew();
            using var response = await SendAsync(server, hostile);
            var text = await response.Content.ReadAsStringAsync();
            watch.Stop();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            var code = FirstCode(text) ?? "";
            byCode[$"{(int)response.StatusCode} {code}"] = byCode.GetValueOrDefault($"{(int)response.StatusCode} {code}") + 1;
            if ((int)response.StatusCode != hostile.Status || code != hostile.Code || watch.Elapsed > TimeSpan.FromSeconds(1) || text.Length > 64 * 1024)
            {
                failures.Add($"{hostile.Name}: got {(int)response.StatusCode} {code ?? "(no code)"} in {watch.ElapsedMilliseconds} ms, {text.Length} chars; want {hostile.Status} {hostile.Code}. {Excerpt(text)}");
            }
        }

        var healthy = await server.QueryAsync("{ countries(search: \"Korea\") { code } }");
        var after = await ChecksumAsync(publisher, existing);
        output.WriteLine($"{corpus.Count} hostile requests; slowest {slowest.TotalMilliseconds:F0} ms; {failures.Count} unexpected; " +
            $"test process working set {workingSetBefore / 1048576} MB before, {Environment.WorkingSet / 1048576} MB after.");
        output.WriteLine(string.Join("; ", byCode.Select(c => $"{c.Key}: {c.Value}")));

        Assert.True(corpus.Count >= 200, $"only {corpus.Count} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(byCode.Keys.Select(k => k[(k.IndexOf(' ') + 1)..]).Where(c => c.Length > 0),
            code => Assert.True(CountryRelations.Errors.ErrorCodes.IsRegistered(code), $"{code} is emitted but not in ErrorCodes.All"));
        Assert.NotEmpty(healthy["data"]!["countries"]!.AsArray());
        Assert.Equal(before, after);
    }

    private static Task<HttpResponseMessage> SendAsync(TestServer server, HostileCase hostile)
    {
        var uri = new UriBuilder(server.GraphQLUri) { Query = hostile.Query }.Uri;
        var request = new HttpRequestMessage(hostile.Method, uri);
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
        }

        request.Headers.TryAddWithoutValidation("Accept", hostile.Accept);
        if (hostile.Method == HttpMethod.Get)
        {
            request.Headers.TryAddWithoutValidation(CountryRelations.Api.Transport.CrossSiteRequestGuard.Header, "1");
        }

        var token = hostile.Token ?? TestServer.StaffToken;
        if (token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return server.Client.SendAsync(request);
    }

    private static string? FirstCode(string text)
    {
        try
        {
            return (string?)JsonNode.Parse(text)?["errors"]?[0]?["extensions"]?["code"];
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(string text) => text.Length > 300 ? text[..300] + "…" : text;

    // Every row of the publishers the corpus aims at: the test's own, and the seeded ones its reads name. Other tests
    // running meanwhile write (and, in the tampering tests, rewrite) only under publishers of their own.
    private static readonly string[] SamplePublishers = ["FR-MFA", "US-DOS"];

    private static async Task<long> NewestRevisionIdAsync()
    {
        await using var connection = new NpgsqlConnection((await TestDatabase.GetAsync()).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(max(id), 0) FROM revisions", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> ChecksumAsync(string publisher, long existing)
    {
        var database = await TestDatabase.GetAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            WITH rows AS (SELECT r.* FROM revisions r JOIN profiles p ON p.id = r.profile_id JOIN publishers u ON u.id = p.publisher_id
                          WHERE u.code = @publisher OR (u.code = ANY(@publishers) AND r.id <= @existing))
            SELECT md5(coalesce((SELECT string_agg(r::text, '|' ORDER BY r.id) FROM rows r), '') ||
                       coalesce((SELECT string_agg(s::text, '|' ORDER BY s.id) FROM sections s WHERE s.revision_id IN (SELECT id FROM rows)), ''))
            """,
            connection);
        command.Parameters.AddWithValue("publisher", publisher);
        command.Parameters.AddWithValue("publishers", SamplePublishers);
        command.Parameters.AddWithValue("existing", existing);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
