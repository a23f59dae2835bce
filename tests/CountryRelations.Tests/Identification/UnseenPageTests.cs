using System.Text;
using CountryRelations.Errors;
using CountryRelations.Identification;
using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using CountryRelations.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Identification;

/// <summary>Pages written here in the shapes real pages arrive in, none of them among the samples.</summary>
public sealed class UnseenPageTests
{
    public static TheoryData<string, string?, string, FactOrigin> Shapes => new()
    {
        // A U.S. title in its long official form, with the site's suffix, under today's banner.
        {
            "An official website of the United States Government Here's how you know\n\nOfficial websites use .gov\n\n" +
            "U.S. Relations With the Lao People's Democratic Republic - United States Department of State\n\nBilateral Relations Fact Sheet\n\n" +
            "Bureau of East Asian and Pacific Affairs\n\nThe United States established diplomatic relations with Laos in 1950.\n\nU.S.-Laos Relations\n\nRelations improved.",
            null, "LA", FactOrigin.Title
        },
        // A French sub-page that starts with chrome and a section header, naming the country in its opening sentence only.
        {
            "Accès rapide :\n\nRelations bilatérales\n\nLa France et le Cambodge entretiennent une relation privilégiée.\n\nVisites\n\nLe ministre s'est rendu à Phnom Penh.",
            null, "KH", FactOrigin.Text
        },
        // A U.S. fact sheet whose only country clue is the "More information about X" line.
        {
            "More information about Laos is available on the Laos Page.\n\nThe two countries cooperate on many issues, from health to trade.\n\nU.S. Assistance to Laos\n\nPrograms continued.\n\nFebruary 3, 2015",
            null, "LA", FactOrigin.Text
        },
        // No title at all; the address names the country, the text names another more often (the address wins).
        {
            "Quick access :\n\nEconomic relations\n\nTrade with Viet Nam and Viet Nam's neighbours grew; Laos too.",
            "https://www.diplomatie.gouv.fr/en/country-files/laos/france-and-laos/economic-relations-1234/", "LA", FactOrigin.SourceAddress
        },
        // An archived State Department address with the country in the file name.
        {
            "U.S. Department of State\n\nThe United States and Senegal work together closely.",
            "https://2009-2017.state.gov/r/pa/ei/bgn/fs_us_senegal_120301.htm", "SN", FactOrigin.SourceAddress
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Unseen_shapes_find_their_country(string text, string? source, string country, FactOrigin origin)
    {
        var result = await DryRunAsync(text, source);

        Assert.Equal((country, origin), (result.Identity!.Country.Value, result.Identity.Country.Origin));
        Assert.DoesNotContain(result.Warnings, w => w.Code is ErrorCodes.CountryRequired or ErrorCodes.CountryConflict or ErrorCodes.NoSections);
    }

    [Fact]
    public async Task A_title_and_an_address_naming_different_countries_are_refused_naming_both()
    {
        var result = await DryRunAsync("France and Senegal\n\nPolitical relations\n\nClose.", "https://www.diplomatie.gouv.fr/en/country-files/mali/");

        var warning = Assert.Single(result.Warnings, w => w.Code == ErrorCodes.CountryConflict);
        Assert.Contains("SN", warning.Message, StringComparison.Ordinal);
        Assert.Contains("ML", warning.Message, StringComparison.Ordinal);
        Assert.Null(result.Identity!.Country.Value);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not an address")]
    public async Task A_source_that_is_not_an_http_address_is_refused(string source)
    {
        var server = await TestServer.GetAsync();

        var result = await server.Services.GetRequiredService<DocumentImporter>().ImportAsync(
            new ImportRequest("page", "France and Senegal\n\nPolitical relations\n\nClose.\n\nUpdated: 01/02/2016"u8.ToArray(), Source: source, DryRun: true));

        Assert.Equal((ImportOutcome.Refused, ErrorCodes.InvalidInput), (result.Outcome, result.ErrorCode));
    }

    [Fact]
    public async Task Publisher_and_language_come_from_the_address_before_the_words()
    {
        // French words on an English address: the address says what the page is.
        var result = await DryRunAsync("Relations politiques\n\nLa France et le Sénégal sont proches.", "https://www.diplomatie.gouv.fr/en/country-files/senegal/");

        Assert.Equal(new PageFact("FR-MFA", FactOrigin.SourceAddress), result.Identity!.Publisher);
        Assert.Equal(new PageFact("en", FactOrigin.SourceAddress), result.Identity.Language);
    }

    [Theory]
    [InlineData("samples/variants/us-en_north-korea_country-page.txt", "Fixtures/us-en_north-korea_country-page.html")]
    [InlineData("samples/variants/fr-en_cambodia_country-file_2013.txt", "Fixtures/fr-en_cambodia_country-file_2013.html")]
    public void Html_and_text_of_a_variant_give_the_same_sections(string text, string html)
    {
        var fromText = PlainTextPageReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, text)));
        var fromHtml = HtmlPageReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, html)));

        Assert.Equal(fromText.Sections, fromHtml.Sections);
        Assert.Equal(fromText.PublishedOn, fromHtml.PublishedOn);
        Assert.Equal(fromText.Title, fromHtml.Title);
    }

    [Fact]
    public void A_heading_glued_to_its_text_is_split_off()
    {
        var page = PlainTextPageReader.Read("U.S. Relations With Cambodia\n\nRelations are good.\nBilateral Economic RelationsCambodia's economy grew.");

        Assert.Equal(["U.S. Relations With Cambodia", "Bilateral Economic Relations"], page.Sections.Select(s => s.Heading));
        Assert.Equal(("Cambodia's economy grew.", Topic.Economic), (page.Sections[1].Body, page.Sections[1].Topic!.Value));
    }

    private static async Task<ImportResult> DryRunAsync(string text, string? source)
    {
        var server = await TestServer.GetAsync();
        return await server.Services.GetRequiredService<DocumentImporter>().ImportAsync(
            new ImportRequest("unseen", Encoding.UTF8.GetBytes(text), Source: source, PublishedOn: new DateOnly(2016, 1, 1), DryRun: true));
    }
}
