using System.Text;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Identification;
using CountryRelations.Import;
using CountryRelations.Revisions;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Import;

public sealed class DocumentImporterTests
{
    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", name));

    private static async Task<(DocumentImporter Importer, RevisionInForce AsOf, ProfileKeyResolver Resolver, string Publisher, TestServer Server)> ArrangeAsync()
    {
        var server = await TestServer.GetAsync();
        return (server.Services.GetRequiredService<DocumentImporter>(), server.Services.GetRequiredService<RevisionInForce>(),
            server.Services.GetRequiredService<ProfileKeyResolver>(), await TestData.NewPublisherAsync(server.Services), server);
    }

    private static async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(TestServer server, string publisher, string country, string language = "en")
    {
        var profile = await server.Services.GetRequiredService<ProfileKeyResolver>().FindProfileAsync(new ProfileSelector(country, publisher, language));
        return profile is null ? [] : await server.Services.GetRequiredService<ProfileTimeline>().ListAsync(profile.Id, null, null, DateTime.UtcNow);
    }

    [Theory]
    [InlineData("fr-en_north-korea_2016-03-23.txt", null, "fr-en_north-korea_2017.txt", "2017-01-01", "KP")]
    [InlineData("fr-en_senegal_2016.txt", "2016-04-01", "fr-en_senegal_2017.txt", "2017-07-01", "SN")]
    public async Task Two_pages_of_a_profile_import_as_consecutive_revisions_and_again_as_already_stored(
        string first, string? firstDate, string second, string secondDate, string country)
    {
        var (importer, _, _, publisher, server) = await ArrangeAsync();
        ImportRequest Request(string file, string? date) => new(file, Sample(file), Publisher: publisher,
            PublishedOn: date is null ? null : TestData.Date(date), RecordedBy: "tests");

        var results = new[] { await importer.ImportAsync(Request(first, firstDate)), await importer.ImportAsync(Request(second, secondDate)) };
        var again = new[] { await importer.ImportAsync(Request(first, firstDate)), await importer.ImportAsync(Request(second, secondDate)) };

        Assert.All(results, r => Assert.Equal(ImportOutcome.Created, r.Outcome));
        Assert.All(again, r => Assert.Equal(ImportOutcome.AlreadyStored, r.Outcome));
        var timeline = await TimelineAsync(server, publisher, country);
        Assert.Equal([results[0].Revision!.Id, results[1].Revision!.Id], timeline.Select(e => e.Revision.Id));
        Assert.Equal(timeline[1].Revision.EffectiveFrom, timeline[0].ValidUntil);
    }

    [Fact]
    public async Task An_older_page_imported_after_a_newer_one_takes_its_place()
    {
        var (importer, _, _, publisher, server) = await ArrangeAsync();

        await importer.ImportAsync(new("2017", Sample("fr-en_north-korea_2017.txt"), Publisher: publisher, PublishedOn: TestData.Date("2017-01-01"), RecordedBy: "tests"));
        await importer.ImportAsync(new("2016", Sample("fr-en_north-korea_2016-03-23.txt"), Publisher: publisher, RecordedBy: "tests"));

        var timeline = await TimelineAsync(server, publisher, "KP");
        Assert.Equal([TestData.Date("2016-03-23"), TestData.Date("2017-01-01")], timeline.Select(e => e.Revision.PublishedOn));
    }

    [Fact]
    public async Task Changed_text_under_the_same_date_is_a_silent_edit_from_the_capture_date()
    {
        var (importer, asOf, _, publisher, server) = await ArrangeAsync();
        var original = Encoding.UTF8.GetString(Sample("fr-en_north-korea_2016-03-23.txt"));
        var edited = Encoding.UTF8.GetBytes(original.Replace("€6.4 million in 2014", "€6.5 million in 2014", StringComparison.Ordinal));
        await importer.ImportAsync(new("original", Encoding.UTF8.GetBytes(original), Publisher: publisher, RecordedBy: "tests"));

        var withoutCapture = await importer.ImportAsync(new("edited", edited, Publisher: publisher, RecordedBy: "tests"));
        var withCapture = await importer.ImportAsync(new("edited", edited, Publisher: publisher, CapturedOn: TestData.Date("2016-09-01"), RecordedBy: "tests"));

        Assert.Equal((ImportOutcome.Refused, ErrorCodes.CaptureDateRequired), (withoutCapture.Outcome, withoutCapture.ErrorCode));
        Assert.Equal(ImportOutcome.SilentEdit, withCapture.Outcome);
        Assert.Equal(RevisionKind.SilentEdit, withCapture.Revision!.Kind);
        Assert.Equal((TestData.Date("2016-03-23"), TestData.Date("2016-09-01")), (withCapture.Revision.PublishedOn, withCapture.Revision.EffectiveFrom));
        var timeline = await TimelineAsync(server, publisher, "KP");
        Assert.Contains("€6.4 million", (await asOf.OfProfileAsync(timeline[0].Revision.ProfileId, TestData.Date("2016-08-31"), DateTime.UtcNow))!.Sections[1].Body, StringComparison.Ordinal);
        Assert.Contains("€6.5 million", (await asOf.OfProfileAsync(timeline[0].Revision.ProfileId, TestData.Date("2016-09-01"), DateTime.UtcNow))!.Sections[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_is_only_made_when_asked_and_supersedes_in_system_time()
    {
        var (importer, _, _, publisher, server) = await ArrangeAsync();
        var original = Encoding.UTF8.GetString(Sample("fr-en_north-korea_2016-03-23.txt"));
        var wrong = Encoding.UTF8.GetBytes(original.Replace("€6.4 million", "€64 million", StringComparison.Ordinal));
        var first = await importer.ImportAsync(new("mistyped copy", wrong, Publisher: publisher, RecordedBy: "tests"));

        var corrected = await importer.ImportAsync(new("right copy", Encoding.UTF8.GetBytes(original), Publisher: publisher, Correction: true, RecordedBy: "tests"));

        Assert.Equal(ImportOutcome.Corrected, corrected.Outcome);
        Assert.Equal(first.Revision!.Id, corrected.Revision!.CorrectsRevisionId);
        var timeline = await TimelineAsync(server, publisher, "KP");
        Assert.Equal(corrected.Revision.Id, Assert.Single(timeline).Revision.Id);
    }

    public static TheoryData<string, byte[], string?, string?, string?, string> Malformed => new()
    {
        { "empty", [], null, null, null, ErrorCodes.EmptyDocument },
        { "blank", "  \n\n "u8.ToArray(), null, null, null, ErrorCodes.EmptyDocument },
        { "binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], null, null, null, ErrorCodes.NotText },
        { "not utf-8", [0x46, 0x72, 0x61, 0x6E, 0xE7, 0xFF, 0x61], null, null, null, ErrorCodes.NotText },
        { "only chrome", "Quick access :\n\nShare\n\nUpdated: 01/02/2016"u8.ToArray(), "SN", null, null, ErrorCodes.NoSections },
        { "javascript source", "France and Senegal\n\nEconomic relations\n\nTrade.\n\nUpdated: 01/02/2016"u8.ToArray(), null, null, "javascript:alert(1)", ErrorCodes.InvalidInput },
        { "title and address disagree", "France and Senegal\n\nEconomic relations\n\nTrade.\n\nUpdated: 01/02/2016"u8.ToArray(), null, null, "https://www.diplomatie.gouv.fr/en/country-files/mali/", ErrorCodes.CountryConflict },
        { "unknown country", "France and Atlantis\n\nEconomic relations\n\nTrade.\n\nUpdated: 01/02/2016"u8.ToArray(), "Atlantis", null, null, ErrorCodes.CountryNotFound },
        { "no country", "Economic relations\n\nTrade.\n\nUpdated: 01/02/2016"u8.ToArray(), null, null, null, ErrorCodes.CountryRequired },
        { "impossible date", "France and Senegal\n\nEconomic relations\n\nTrade.\n\nUpdated: 31/02/2016"u8.ToArray(), null, null, null, ErrorCodes.InvalidDate },
        { "no date", "France and Senegal\n\nEconomic relations\n\nTrade."u8.ToArray(), null, null, null, ErrorCodes.DateRequired },
        { "two dates", "France and Senegal\n\nEconomic relations\n\nTrade.\n\nUpdated: 01/02/2016"u8.ToArray(), null, "2016-03-01", null, ErrorCodes.DateMismatch },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_input_is_refused_with_a_specific_code_and_writes_nothing(string name, byte[] content, string? country, string? date, string? source, string code)
    {
        var (importer, _, _, publisher, server) = await ArrangeAsync();

        var result = await importer.ImportAsync(new(name, content, Publisher: publisher, Country: country,
            PublishedOn: date is null ? null : TestData.Date(date), Source: source, RecordedBy: "tests"));

        Assert.Equal((ImportOutcome.Refused, code), (result.Outcome, result.ErrorCode));
        Assert.Empty(await TimelineAsync(server, publisher, "SN"));
    }

    [Fact]
    public async Task Prose_without_headings_is_stored_as_one_section_not_refused()
    {
        var (importer, _, _, publisher, server) = await ArrangeAsync();
        var prose = "Senegal is one of France's closest partners in Africa.\nTrade with Senegal grew in 2015, and French exports rose."u8.ToArray();

        var result = await importer.ImportAsync(new("prose", prose, Publisher: publisher, PublishedOn: TestData.Date("2016-01-01"), RecordedBy: "tests"));

        Assert.Equal(ImportOutcome.Created, result.Outcome);
        Assert.Equal(("SN", FactOrigin.Text), (result.Identity!.Country.Value, result.Identity.Country.Origin));
        var section = Assert.Single((await TimelineAsync(server, publisher, "SN")).Single().Revision.Sections);
        Assert.StartsWith("Senegal is one of", section.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_line_at_the_top_gives_the_address_and_is_not_content()
    {
        var (importer, _, _, publisher, _) = await ArrangeAsync();
        var page = "SOURCE: https://www.diplomatie.gouv.fr/en/country-files/senegal/france-and-senegal/\nPolitical relations\n\nClose and multi-faceted.\n\nUpdated: 01/02/2016"u8.ToArray();

        var result = await importer.ImportAsync(new("with source line", page, Publisher: publisher, RecordedBy: "tests"));

        Assert.Equal(ImportOutcome.Created, result.Outcome);
        Assert.Equal("https://www.diplomatie.gouv.fr/en/country-files/senegal/france-and-senegal/", result.Revision!.SourceUrl);
        Assert.Equal(("SN", FactOrigin.SourceAddress), (result.Identity!.Country.Value, result.Identity.Country.Origin));
        Assert.Equal("Close and multi-faceted.", Assert.Single(result.Revision.Sections).Body);
    }

    [Fact]
    public async Task A_dry_run_shows_what_blocks_a_page_instead_of_refusing_it()
    {
        var (importer, _, _, publisher, server) = await ArrangeAsync();
        var undated = "Quick access :\n\nPolitical relations\n\nClose.\n\nEconomic relations\n\nTrade."u8.ToArray();

        var result = await importer.ImportAsync(new("undated", undated, Publisher: publisher, Source: "https://www.diplomatie.gouv.fr/en/country-files/senegal/", DryRun: true, RecordedBy: "tests"));

        Assert.Equal(ImportOutcome.Parsed, result.Outcome);
        Assert.Null(result.WouldBe);
        Assert.Equal((null, FactOrigin.None), (result.Identity!.PublishedOn.Value, result.Identity.PublishedOn.Origin));
        Assert.Equal(("SN", FactOrigin.SourceAddress), (result.Identity.Country.Value, result.Identity.Country.Origin));
        Assert.Equal([ErrorCodes.DateRequired], result.Warnings.Select(w => w.Code));
        Assert.Equal(["Political relations", "Economic relations"], result.Page!.Sections.Select(s => s.Heading));
        Assert.Empty(await TimelineAsync(server, publisher, "SN"));
    }

    [Fact]
    public async Task A_dry_run_reports_the_sections_and_writes_nothing()
    {
        var (importer, _, _, publisher, server) = await ArrangeAsync();

        var result = await importer.ImportAsync(new("dry", Sample("fr-en_north-korea_2016-03-23.txt"), Publisher: publisher, DryRun: true, RecordedBy: "tests"));

        Assert.Equal(ImportOutcome.Parsed, result.Outcome);
        Assert.Equal(4, result.Page!.Sections.Count);
        Assert.Empty(await TimelineAsync(server, publisher, "KP"));
    }

    public static TheoryData<string, string> PagesTheWriteRefuses => new()
    {
        { "France and Senegal\n\nPolitical relations\n\nRegular dialogue.\n\nUpdated: 01/01/2099", "INVALID_DATE" },
        { "France and Senegal\n\nPolitical relations\n\nRegular dialogue.\n\nUpdated: 01/01/0001", "INVALID_DATE" },
        { "France and Senegal\n\n" + string.Concat(Enumerable.Range(1, 501).Select(i => $"Heading number {i}\n\nBody {i}.\n\n")) + "Updated: 01/01/2016", "INVALID_SECTION" },
    };

    [Theory]
    [MemberData(nameof(PagesTheWriteRefuses))]
    public async Task A_dry_run_never_promises_what_the_real_import_refuses(string text, string code)
    {
        var (importer, _, _, publisher, _) = await ArrangeAsync();
        var request = new ImportRequest("page.txt", System.Text.Encoding.UTF8.GetBytes(text), Publisher: publisher, Country: "SN", Language: "en");

        var dry = await importer.ImportAsync(request with { DryRun = true });
        var real = await importer.ImportAsync(request);

        Assert.Equal((ImportOutcome.Refused, code), (real.Outcome, real.ErrorCode));
        Assert.Null(dry.WouldBe);
        Assert.Contains(dry.Warnings, w => w.Code == code);
    }
}
