using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountryRelations.Countries;
using CountryRelations.Export;
using CountryRelations.Import;
using CountryRelations.Profiles;
using CountryRelations.Publishers;
using CountryRelations.Revisions;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Integrity;

public sealed class RevisionExportTests
{
    private const string Export = "query($id: ID!) { revision(id: $id) { contentSha256 text: export(format: PLAIN_TEXT) json: export(format: JSON) sections { heading body topic } } }";

    private static async Task<(TestServer Server, JsonNode Revision)> ExportedAsync(string file)
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var imported = await SampleImports.ImportAsync(server, publisher, file);
        var json = await server.QueryAsync(Export, new { id = imported.Revision!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return (server, json["data"]!["revision"]!);
    }

    [Fact]
    public async Task Exports_are_identical_bytes_on_every_call()
    {
        var (server, first) = await ExportedAsync("fr-en_north-korea_2016-03-23.txt");
        var id = JsonNode.Parse((string)first["json"]!)!["id"]!.ToString();

        var second = (await server.QueryAsync(Export, new { id }))["data"]!["revision"]!;

        Assert.Equal((string)first["text"]!, (string)second["text"]!);
        Assert.Equal((string)first["json"]!, (string)second["json"]!);
    }

    [Fact]
    public async Task The_json_export_lets_an_auditor_recompute_the_content_hash()
    {
        var (_, revision) = await ExportedAsync("fr-fr_coree-du-nord_2023.txt");

        var document = JsonNode.Parse((string)revision["json"]!)!.AsObject();
        foreach (var added in new[] { "id", "recordedAt", "contentSha256" })
        {
            document.Remove(added);
        }

        var canonical = document.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal((string)revision["contentSha256"]!, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
    }

    [Theory]
    [InlineData("fr-en_north-korea_2016-03-23.txt", "FR-MFA", "KP", "en")]
    [InlineData("fr-fr_cambodge_2017.txt", "FR-MFA", "KH", "fr")]
    [InlineData("us-en_laos_2014-01-31.txt", "US-DOS", "LA", "en")]
    public void The_plain_text_export_reads_back_as_the_same_page(string file, string publisher, string country, string language)
    {
        var revision = SampleRevisions.Read(file);
        var stored = new Revision
        {
            RecordedBy = revision.RecordedBy,
            PublishedOn = new DateOnly(2016, 3, 23),
            Sections = revision.Sections,
            Profile = new Profile
            {
                CountryCode = country,
                Language = language,
                Publisher = new Publisher { Code = publisher, Name = publisher },
                Country = CountryCatalog.Default.Resolve(country),
            },
        };

        var page = PlainTextPageReader.Read(RevisionExport.PlainText(stored));

        Assert.Equal(stored.Sections.Select(s => (s.Heading, s.Body)), page.Sections.Select(s => (s.Heading, s.Body)));
        Assert.Equal((publisher, language, country, stored.PublishedOn), (page.PublisherCode, page.Language, CountryCatalog.Default.Resolve(page.CountryName!).Code, page.PublishedOn!.Value));
    }
}
