using CountryRelations.Dates;
using CountryRelations.Identification;
using CountryRelations.Import;
using CountryRelations.Publishers;
using CountryRelations.Tests.Infrastructure;
using CountryRelations.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Identification;

/// <summary>
/// Pages of five more governments (samples/world), given nothing but their addresses and a date where none is
/// stated, are placed where a careful editor would place them: publisher, its government, country, language, date
/// and its precision, headings and topics.
/// </summary>
public sealed class WorldPageTests
{
    private static readonly string World = Path.Combine(AppContext.BaseDirectory, "samples", "world");

    public static TheoryData<string, string, string, string, string, string, DatePrecision, string[], Topic[]> Pages => new()
    {
        { "009_ca-fr_laos_c2014.txt", "CA-GAC", "CA", "LA", "fr", "2014-01-01", DatePrecision.Day,
            ["Relations Canada - Laos", "Relations Canada - Laos"], [Topic.Political, Topic.HumanitarianDevelopment] },
        { "014_jp-en_laos_2009.txt", "JP-MOFA", "JP", "LA", "en", "2009-03-01", DatePrecision.Month,
            ["1. Politics", "2. Economy"], [Topic.Political, Topic.Economic] },
        { "015_ch-en_vietnam_c2014.txt", "CH-FDFA", "CH", "VN", "en", "2014-09-01", DatePrecision.Day,
            ["Bilateral relations Switzerland–Vietnam", "Key aspects of diplomatic relations", "Economic cooperation", "Peacebuilding and human security", "Development cooperation and humanitarian aid"],
            [Topic.Political, Topic.Political, Topic.Economic, Topic.SecurityDefence, Topic.HumanitarianDevelopment] },
        { "017_us-es_guatemala_2003.txt", "US-DOS", "US", "GT", "es", "2003-09-01", DatePrecision.Month,
            ["RESEÑA", "Geografía", "Población", "Gobierno"], [Topic.Overview, Topic.Overview, Topic.Overview, Topic.Overview] },
        { "022_de-de_vietnam_2019-03-04.txt", "DE-MFA", "DE", "VN", "de", "2019-03-04", DatePrecision.Day,
            ["Politische Beziehungen"], [Topic.Political] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_government_page_given_only_its_address_is_placed_where_an_editor_would_place_it(
        string file, string publisher, string government, string country, string language, string date, DatePrecision precision, string[] headings, Topic[] topics)
    {
        var server = await TestServer.GetAsync();

        var result = await DryRunAsync(server, file);

        var identity = result.Identity!;
        Assert.Equal(ImportOutcome.Parsed, result.Outcome);
        Assert.Empty(result.Warnings);
        Assert.Equal((publisher, country, language), (identity.Publisher.Value, identity.Country.Value, identity.Language.Value));
        Assert.Equal(government, KnownConventions.For(publisher)!.HomeCountry);
        Assert.Equal((TestData.Date(date), precision), (identity.PublishedOn.Value, result.Page!.DatePrecision));
        Assert.Equal(headings, result.Page.Sections.Select(s => s.Heading));
        Assert.Equal(topics, result.Page.Sections.Select(s => s.Topic!.Value));
    }

    [Fact]
    public async Task Site_chrome_link_lines_and_downloads_stay_out_of_the_bodies()
    {
        var server = await TestServer.GetAsync();
        var bodies = new List<string>();
        foreach (var file in Directory.GetFiles(World, "*.txt"))
        {
            bodies.AddRange((await DryRunAsync(server, Path.GetFileName(file))).Page!.Sections.Select(s => s.Body));
        }

        string[] chrome =
        [
            "Gouvernement du Canada", "Thaïlande.gc.ca", "Fil d'Ariane", "Accueil", "Treaty database", "(de, fr)", "Trade promotion (Switzerland",
            "PDF / 85 KB", "Willkommen auf den Seiten", "PortadaContáctenos", "Skip Links", "Bandera de Guatemala", "Departamento de Estado de los",
        ];
        Assert.All(chrome, words => Assert.DoesNotContain(bodies, b => b.Contains(words, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Stored_a_month_precise_date_says_so_and_its_hash_covers_it()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var content = await File.ReadAllBytesAsync(Path.Combine(World, "014_jp-en_laos_2009.txt"));

        var result = await server.Services.GetRequiredService<DocumentImporter>().ImportAsync(new ImportRequest("japan", content, Publisher: publisher, RecordedBy: "tests"));
        var json = await server.QueryAsync(
            "query($id: ID!) { revision(id: $id) { publishedOn datePrecision } }", new { id = result.Revision!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(ImportOutcome.Created, result.Outcome);
        Assert.Equal(("2009-03-01", "MONTH"), ((string)json["data"]!["revision"]!["publishedOn"]!, (string)json["data"]!["revision"]!["datePrecision"]!));
        var key = new CountryRelations.Profiles.ProfileKey(publisher, "LA", "en");
        var canonical = System.Text.Encoding.UTF8.GetString(CountryRelations.Integrity.CanonicalRevision.Content(result.Revision, key, result.Revision.PreviousSha256));
        Assert.Contains("\"datePrecision\":\"Month\"", canonical, StringComparison.Ordinal);
        Assert.Equal(result.Revision.ContentSha256, CountryRelations.Integrity.CanonicalRevision.Hash(result.Revision, key, result.Revision.PreviousSha256));
    }

    private static async Task<ImportResult> DryRunAsync(TestServer server, string file)
    {
        var manifest = await ImportManifest.LoadAsync(World);
        var request = manifest.Complete(new ImportRequest(file, await File.ReadAllBytesAsync(Path.Combine(World, file)), DryRun: true));
        return await server.Services.GetRequiredService<DocumentImporter>().ImportAsync(request);
    }
}
