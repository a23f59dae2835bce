using CountryRelations.Errors;
using CountryRelations.Identification;
using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using CountryRelations.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Identification;

/// <summary>
/// Every sample page, the layout variants included, given nothing but the address it came from (and a date where
/// it states none, from its folder's manifest), is placed where a careful editor would place it.
/// </summary>
public sealed class RealPageTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public static TheoryData<string, string, string, string, string, FactOrigin, string[], Topic[]> Pages => new()
    {
        { "fr-en_north-korea_2016-03-23.txt", "KP", "FR-MFA", "en", "2016-03-23", FactOrigin.Title,
            ["Political relations", "Economic relations", "Cultural, scientific and technical cooperation", "Humanitarian assistance"],
            [Topic.Political, Topic.Economic, Topic.CulturalScientificTechnical, Topic.HumanitarianDevelopment] },
        { "fr-fr_coree-du-nord_2023.txt", "KP", "FR-MFA", "fr", "2023-01-01", FactOrigin.SourceAddress,
            ["Relations politiques", "Présence française", "Visites", "Relations économiques", "Coopération culturelle, scientifique et technique"],
            [Topic.Political, Topic.ConsularPresence, Topic.Visits, Topic.Economic, Topic.CulturalScientificTechnical] },
        { "fr-fr_cambodge_2017.txt", "KH", "FR-MFA", "fr", "2017-01-01", FactOrigin.SourceAddress,
            ["Relations politiques", "Visites", "Relations économiques"], [Topic.Political, Topic.Visits, Topic.Economic] },
        { "us-en_laos_2014-01-31.txt", "LA", "US-DOS", "en", "2014-01-31", FactOrigin.Title,
            ["U.S. Relations With Laos", "U.S. Assistance to Laos"], [Topic.Political, Topic.HumanitarianDevelopment] },
        { "variants/fr-en_cambodia_country-file_2013.txt", "KH", "FR-MFA", "en", "2013-04-09", FactOrigin.SourceAddress,
            ["Political relations"], [Topic.Political] },
        { "variants/fr-en_myanmar_country-file_2018.txt", "MM", "FR-MFA", "en", "2018-05-01", FactOrigin.SourceAddress,
            ["Relations with France"], [Topic.Political] },
        { "variants/fr-en_myanmar_cultural-cooperation-subpage_2012.txt", "MM", "FR-MFA", "en", "2012-04-01", FactOrigin.SourceAddress,
            ["Cultural, scientific and technical cooperation"], [Topic.CulturalScientificTechnical] },
        { "variants/fr-en_thailand_political-relations-subpage.txt", "TH", "FR-MFA", "en", "2014-06-01", FactOrigin.SourceAddress,
            ["Political relations"], [Topic.Political] },
        { "variants/us-en_north-korea_country-page.txt", "KP", "US-DOS", "en", "2018-05-01", FactOrigin.Title,
            ["U.S.-North Korea Relations", "U.S. Assistance to North Korea", "Bilateral Economic Relations"],
            [Topic.Political, Topic.HumanitarianDevelopment, Topic.Economic] },
        { "variants/us-en_cambodia_fact-sheet_1997-06-20.txt", "KH", "US-DOS", "en", "1997-06-20", FactOrigin.Title,
            ["U.S.-Cambodia Relations"], [Topic.Political] },
        { "variants/us-en_cambodia_fact-sheet-repost_c2011.txt", "KH", "US-DOS", "en", "2011-01-01", FactOrigin.SourceAddress,
            ["U.S. Relations With Cambodia", "U.S. Assistance to Cambodia", "Bilateral Economic Relations"],
            [Topic.Political, Topic.HumanitarianDevelopment, Topic.Economic] },
        { "variants/fr-fr_jordanie_presentation_2015.txt", "JO", "FR-MFA", "fr", "2015-02-01", FactOrigin.SourceAddress,
            ["Relations bilatérales"], [Topic.Political] },
        { "variants/fr-fr_coree-du-nord_presentation_2015.txt", "KP", "FR-MFA", "fr", "2015-01-01", FactOrigin.Title,
            ["Données générales", "Données géographiques", "Données démographiques", "Données économiques"],
            [Topic.Overview, Topic.Overview, Topic.Overview, Topic.Economic] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_given_only_its_address_is_placed_where_an_editor_would_place_it(
        string file, string country, string publisher, string language, string date, FactOrigin countryOrigin, string[] headings, Topic[] topics)
    {
        var server = await TestServer.GetAsync();

        var result = await DryRunAsync(server, file);

        var identity = result.Identity!;
        Assert.Equal(ImportOutcome.Parsed, result.Outcome);
        Assert.Empty(result.Warnings);
        Assert.Equal((country, countryOrigin), (identity.Country.Value, identity.Country.Origin));
        Assert.Equal(publisher, identity.Publisher.Value);
        Assert.Equal(language, identity.Language.Value);
        Assert.Equal(TestData.Date(date), identity.PublishedOn.Value);
        Assert.Equal(headings, result.Page!.Sections.Select(s => s.Heading));
        Assert.Equal(topics, result.Page.Sections.Select(s => s.Topic!.Value));
        Assert.Contains(identity.CountryClues, c => c.CountryCode == country && c.Origin == countryOrigin);
    }

    [Fact]
    public async Task Chrome_teasers_captions_and_footers_stay_out_of_the_bodies()
    {
        var server = await TestServer.GetAsync();
        var bodies = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Samples, "variants"), "*.txt"))
        {
            var result = await DryRunAsync(server, Path.GetRelativePath(Samples, file));
            bodies.AddRange(result.Page!.Sections.Select(s => s.Body));
        }

        string[] chrome =
        [
            "Kem Ley", "Read more", "Quick access", "Accès rapide", "Latest news", "All rights reserved", "Shutterstock", "04/13/2018",
            ".gov", "Lessons of 1989", "Great Seal", "Blue Bar", "permanent electronic archive", "FROM: U.S. STATE", "Map Credit", "Fact Sheet released",
        ];
        Assert.All(chrome, words => Assert.DoesNotContain(bodies, b => b.Contains(words, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Origins_say_where_each_fact_came_from_and_a_given_value_wins()
    {
        var server = await TestServer.GetAsync();

        var fromAddress = await DryRunAsync(server, "variants/fr-fr_jordanie_presentation_2015.txt");
        var given = await DryRunAsync(server, "variants/fr-fr_jordanie_presentation_2015.txt", country: "SY", language: "en");
        var repost = await DryRunAsync(server, "variants/us-en_cambodia_fact-sheet-repost_c2011.txt");

        Assert.Equal(
            (FactOrigin.SourceAddress, FactOrigin.SourceAddress, FactOrigin.Given),
            (fromAddress.Identity!.Publisher.Origin, fromAddress.Identity.Language.Origin, fromAddress.Identity.PublishedOn.Origin));
        Assert.Contains(fromAddress.Identity.CountryClues, c => c is { CountryCode: "JO", Origin: FactOrigin.Text });
        Assert.Equal((new PageFact("SY", FactOrigin.Given), new PageFact("en", FactOrigin.Given)), (given.Identity!.Country, given.Identity.Language));
        Assert.Equal((new PageFact("US-DOS", FactOrigin.Text), new PageFact("en", FactOrigin.Text)), (repost.Identity!.Publisher, repost.Identity.Language));
    }

    [Fact]
    public async Task The_seeded_samples_are_stored_under_the_profiles_their_addresses_name()
    {
        var server = await TestServer.GetAsync();
        var (documents, _) = await ImportFolder.ListAsync([Samples]);

        Assert.Equal(8 + 9 + 5, documents!.Count);
        foreach (var (path, manifest) in documents)
        {
            var request = manifest.Complete(new ImportRequest(Path.GetFileName(path), await File.ReadAllBytesAsync(path), DryRun: true));
            var result = await server.Services.GetRequiredService<DocumentImporter>().ImportAsync(request);
            Assert.True(result.Warnings.Count == 0, $"{path}: {string.Join("; ", result.Warnings)}");
            Assert.Null(request.Country);
            Assert.Null(request.Publisher);
        }
    }

    private static async Task<ImportResult> DryRunAsync(TestServer server, string file, string? country = null, string? language = null)
    {
        var path = Path.Combine(Samples, file);
        var manifest = await ImportManifest.LoadAsync(Path.GetDirectoryName(path)!);
        var request = manifest.Complete(new ImportRequest(Path.GetFileName(path), await File.ReadAllBytesAsync(path), Country: country, Language: language, DryRun: true));
        return await server.Services.GetRequiredService<DocumentImporter>().ImportAsync(request);
    }
}
