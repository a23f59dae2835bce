using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountryRelations.Api.Cli;
using CountryRelations.Api.PersistedDocuments;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Contract;

public sealed class ApiContractTests
{
    [Fact]
    public async Task The_committed_schema_is_the_schema_the_server_serves()
    {
        // No database: the schema is the services' alone, so this runs (and fails) in a second.
        await using var services = ApiContract.OfflineServices();

        var committed = await File.ReadAllTextAsync(Path.Combine(Repository.Root, ApiContract.SchemaFile));
        var generated = ApiContract.Schema(services);

        Assert.True(committed == generated, "schema.graphql is stale: run `dotnet run --project src/CountryRelations.Api -- contract` and commit it. " + TextDifference.First(committed, generated));
    }

    [Fact]
    public async Task The_committed_persisted_documents_are_the_operations_folder_hashed()
    {
        var committed = await File.ReadAllTextAsync(Path.Combine(Repository.Root, ApiContract.PersistedDocumentsFile));

        var generated = ApiContract.PersistedDocuments(Path.Combine(Repository.Root, ApiContract.OperationsFolder));

        Assert.True(committed == generated, "persisted-documents.json is stale: run `dotnet run --project src/CountryRelations.Api -- contract` and commit it. " + TextDifference.First(committed, generated));
        Assert.NotEmpty(new PersistedDocumentStore(Path.Combine(Repository.Root, ApiContract.PersistedDocumentsFile)).Documents);
    }

    public static TheoryData<string> DocumentIds() => [.. new PersistedDocumentStore(PersistedDocumentStore.DefaultPath).Documents.Keys];

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public async Task Every_persisted_document_runs_by_its_id(string documentId)
    {
        var server = await TestServer.GetAsync();
        var variables = new { country = "KP", publisher = "FR-MFA", language = "fr", asOf = "2017-01-01", knownAt = "2020-01-01T00:00:00Z", topic = "ECONOMIC", from = "2016-06-01", first = 5, text = "trade", source = "999999999999" };
        if (new PersistedDocumentStore(PersistedDocumentStore.DefaultPath).Documents[documentId].TrimStart().StartsWith("subscription", StringComparison.Ordinal))
        {
            // A subscription runs as an event stream; over plain JSON it is refused.
            using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUri) { Content = new StringContent(JsonSerializer.Serialize(new { documentId, variables }), Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var stream = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
            Assert.Equal(": connected", await events.ReadLineAsync());
            Assert.Equal("OPERATION_NOT_SUPPORTED", (string?)(await PostDocumentIdAsync(server, documentId, variables))["errors"]?[0]?["extensions"]?["code"]);
            return;
        }

        var json = await PostDocumentIdAsync(server, documentId, variables);

        // A mutation runs against a source that does not exist: refused by the domain, never by validation.
        if (json["errors"] is not null)
        {
            Assert.Equal("SOURCE_NOT_FOUND", (string?)json["errors"]![0]!["extensions"]!["code"]);
            return;
        }

        Assert.NotNull(json["data"]);
    }

    [Fact]
    public async Task With_persisted_documents_only_a_query_text_is_refused_and_ids_still_run()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["PersistedDocuments:Only"] = "true" });
        try
        {
            var text = await server.QueryAsync("{ countries { code } }");
            var unknown = await PostDocumentIdAsync(server, "sha256:" + new string('0', 64), null);
            var known = await PostDocumentIdAsync(server, new PersistedDocumentStore(PersistedDocumentStore.DefaultPath).Documents.Keys.Order(StringComparer.Ordinal).First(), new { country = "KP", topic = "ECONOMIC", from = "2016-06-01" });

            Assert.NotNull(text["errors"]);
            Assert.Null(text["data"]);
            Assert.NotEqual("INTERNAL_SERVER_ERROR", (string?)text["errors"]![0]!["extensions"]?["code"]);
            Assert.Equal("DOCUMENT_NOT_FOUND", (string)unknown["errors"]![0]!["extensions"]!["code"]!);
            Assert.Null(known["errors"]);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    private static async Task<JsonObject> PostDocumentIdAsync(TestServer server, string documentId, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { documentId, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestServer.StaffToken);
        using var response = await server.Client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
