using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountryRelations.Api.Transport;
using CountryRelations.History;
using CountryRelations.Replicas;
using CountryRelations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Replicas;

public sealed class ReadReplicaTests(ReplicatedDatabase database) : IClassFixture<ReplicatedDatabase>
{
    private const string Read = """query($c: String!) { profile(country: $c, publisher: "FR-MFA", asOf: "2025-01-01") { publishedOn sections { body } } }""";

    private const string Publish = """
        mutation($c: String!, $body: String!) {
          publishRevision(input: { country: $c, publisher: "FR-MFA", language: "en", publishedOn: "2021-03-01", recordedBy: "tests",
                                   sections: [{ heading: "Economic relations", body: $body }] }) { id sections { body } }
        }
        """;

    // A client as a browser or an API client keeps it: one cookie jar across its requests.
    private static HttpClient NewClient() => new(new HttpClientHandler { CookieContainer = new CookieContainer() });

    private async Task<JsonObject> PostAsync(HttpClient client, string query, object variables, string? readAfter = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, database.Server.GraphQLUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestServer.StaffToken);
        if (readAfter is not null)
        {
            request.Headers.Add(ReadYourWrites.Header, readAfter);
        }

        using var response = await client.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(json["errors"] is null, json.ToJsonString() + "\n" + string.Join("\n", database.Logs.Lines.Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("Exception", StringComparison.Ordinal)).TakeLast(5)));
        if (response.Headers.TryGetValues(ReadYourWrites.Header, out var values))
        {
            json["readAfter"] = values.Single();
        }

        return json;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); !await condition(); await Task.Delay(100))
        {
            Assert.True(DateTime.UtcNow < deadline, "the standby did not catch up within 20 s");
        }
    }

    [Fact]
    public async Task Queries_are_served_by_the_standby()
    {
        await using (var db = await database.Server.Services.GetRequiredService<ReadContexts>().CreateDbContextAsync())
        {
            Assert.True(await db.Database.SqlQuery<bool>($"SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync());
        }

        // What the primary holds but the standby has not replayed is not seen by a client that did not write it.
        await database.PauseReplayAsync();
        try
        {
            await database.Server.Services.GetRequiredService<RevisionStore>().PublishAsync(
                TestData.Publish("FR-MFA", "2021-03-01", "Written while the standby was paused.", "GH"));
            using var client = NewClient();
            Assert.Null((await PostAsync(client, Read, new { c = "GH" }))["data"]!["profile"]);
        }
        finally
        {
            await database.ResumeReplayAsync();
        }

        using var later = NewClient();
        await EventuallyAsync(async () => (await PostAsync(later, Read, new { c = "GH" }))["data"]!["profile"] is not null);
    }

    [Fact]
    public async Task A_client_reads_its_own_write_at_once_though_the_standby_lags()
    {
        await database.PauseReplayAsync();
        try
        {
            using var writer = NewClient();
            var written = await PostAsync(writer, Publish, new { c = "ML", body = "Mali: written through the API." });
            // The mutation's own answer comes from the primary.
            Assert.Equal("Mali: written through the API.", (string)written["data"]!["publishRevision"]!["sections"]![0]!["body"]!);
            var position = (string)written["readAfter"]!;
            Assert.True(WritePosition.TryParse(position, out _), position);

            // The same client (its cookie) and any client handing the position back read the write at once ...
            Assert.Equal("Mali: written through the API.", (string)(await PostAsync(writer, Read, new { c = "ML" }))["data"]!["profile"]!["sections"]![0]!["body"]!);
            using var other = NewClient();
            Assert.NotNull((await PostAsync(other, Read, new { c = "ML" }, readAfter: position))["data"]!["profile"]);

            // ... while a client that knows of no write is served by the lagging standby, and a made-up position changes nothing harmful.
            Assert.Null((await PostAsync(other, Read, new { c = "ML" }))["data"]!["profile"]);
            Assert.Null((await PostAsync(other, Read, new { c = "ML" }, readAfter: "not/a-position'; DROP TABLE revisions"))["data"]!["profile"]);
        }
        finally
        {
            await database.ResumeReplayAsync();
        }
    }

    [Fact]
    public async Task Reads_go_on_when_the_standby_stops()
    {
        await database.Server.Services.GetRequiredService<RevisionStore>().PublishAsync(TestData.Publish("FR-MFA", "2021-03-01", "Niger, before the standby stopped.", "NE"));
        using var client = NewClient();
        await EventuallyAsync(async () => (await PostAsync(client, Read, new { c = "NE" }))["data"]!["profile"] is not null);

        await database.Standby.DisposeAsync();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal("Niger, before the standby stopped.", (string)(await PostAsync(client, Read, new { c = "NE" }))["data"]!["profile"]!["sections"]![0]!["body"]!);
            }

            await using var db = await database.Server.Services.GetRequiredService<ReadContexts>().CreateDbContextAsync();
            Assert.False(await db.Database.SqlQuery<bool>($"SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync());
        }
        finally
        {
            await database.RestartStandbyAsync();
        }
    }
}
