using CountryRelations.Dates;
using CountryRelations.Identification;
using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using CountryRelations.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Import;

/// <summary>
/// Layouts seen on governments' pages that the samples do not all show, as pages written in each shape: each imports
/// with only its address with the sections, topics, date and identity a careful editor would choose.
/// </summary>
public sealed class PageShapeTests
{
    private static async Task<ImportResult> DryRunAsync(string page, string source, string? date = null)
    {
        var server = await TestServer.GetAsync();
        return await server.Services.GetRequiredService<DocumentImporter>().ImportAsync(new ImportRequest(
            "shape", System.Text.Encoding.UTF8.GetBytes(page), Source: source, PublishedOn: date is null ? null : TestData.Date(date), DryRun: true));
    }

    private static void Placed(ImportResult result, string publisher, string country, string language)
    {
        Assert.True(result.Warnings.Count == 0, string.Join("; ", result.Warnings));
        Assert.Equal((publisher, country, language), (result.Identity!.Publisher.Value, result.Identity.Country.Value, result.Identity.Language.Value));
    }

    [Fact]
    public async Task A_german_page_without_headings_is_one_section_per_theme_dated_to_the_month()
    {
        const string page = """
            Deutschland und Kambodscha: bilaterale Beziehungen

            Stand: Oktober 2017

            Deutschland und Kambodscha unterhalten seit 1993 diplomatische Beziehungen. Die politischen Beziehungen sind gut; der Außenminister besuchte Phnom Penh im Jahr 2016.

            Die Wirtschaftsbeziehungen wachsen: der Handel zwischen beiden Ländern erreichte 2016 rund 1,357 Mrd. Euro, deutsche Investitionen und der Handel mit Textilien nehmen zu.

            Die Kulturbeziehungen sind eng. Das Goethe-Institut fördert Kultur und Bildung, Wissenschaft und Hochschulen arbeiten in der Bildung zusammen.

            Kambodscha ist Partnerland der deutschen Entwicklungszusammenarbeit; die Entwicklung ländlicher Räume und humanitäre Hilfe stehen im Vordergrund, Hilfe für Minenräumung ebenso.
            """;

        var result = await DryRunAsync(page, "https://www.auswaertiges-amt.de/de/aussenpolitik/laender/kambodscha-node/bilateral/209420");

        Placed(result, "DE-MFA", "KH", "de");
        Assert.Equal((TestData.Date("2017-10-01"), DatePrecision.Month), (result.Identity!.PublishedOn.Value, result.Page!.DatePrecision));
        Assert.Equal([Topic.Political, Topic.Economic, Topic.CulturalScientificTechnical, Topic.HumanitarianDevelopment], result.Page.Sections.Select(s => s.Topic!.Value));
        Assert.All(result.Page.Sections, s => Assert.Equal("Deutschland und Kambodscha: bilaterale Beziehungen", s.Heading));
    }

    [Fact]
    public async Task A_spanish_page_reads_its_headings_its_date_and_its_country_from_the_spanish_address()
    {
        const string page = """
            Relaciones bilaterales

            Relaciones políticas

            España y Camboya establecieron relaciones diplomáticas en 1969. Las relaciones camboyanas con España son cordiales.

            Relaciones económicas

            El comercio bilateral alcanzó 150 Mio. Euro en 2019, con inversiones españolas en turismo.

            Cooperación

            La cooperación española apoya el desarrollo rural desde 2005.

            Actualizado el 15 de marzo de 2021
            """;

        var result = await DryRunAsync(page, "https://www.exteriores.gob.es/es/PoliticaExterior/Paginas/Camboya.aspx");

        Placed(result, "ES-MFA", "KH", "es");
        Assert.Equal((TestData.Date("2021-03-15"), DatePrecision.Day), (result.Identity!.PublishedOn.Value, result.Page!.DatePrecision));
        Assert.Equal(["Relaciones políticas", "Relaciones económicas", "Cooperación"], result.Page.Sections.Select(s => s.Heading));
        Assert.Equal([Topic.Political, Topic.Economic, Topic.HumanitarianDevelopment], result.Page.Sections.Select(s => s.Topic!.Value));
    }

    [Fact]
    public async Task Numbered_headings_and_fact_box_labels_are_headings_and_a_flattened_table_is_one_section()
    {
        const string page = """
            Japan-Cambodia Relations
            1. Politics
            Japan and Cambodia established diplomatic relations in 1953. Relations are friendly.
            2. Economy
            Japanese investment in Cambodia keeps growing.
            Trade with Japan (2018):
            Exports: 1.5 billion dollars
            Imports: 0.4 billion dollars
            3. VIP visits
            YearName
            2006 Prime Minister Hun Sen
            2010 Foreign Minister Hor Namhong
            2013 Prime Minister Abe
            2016 Foreign Minister Kishida
            """;

        var result = await DryRunAsync(page, "https://www.mofa.go.jp/region/asia-paci/cambodia/data.html", "2019-01-01");

        Placed(result, "JP-MOFA", "KH", "en");
        Assert.Equal(["1. Politics", "2. Economy", "Trade with Japan (2018):", "3. VIP visits"], result.Page!.Sections.Select(s => s.Heading));
        Assert.Equal([Topic.Political, Topic.Economic, Topic.Economic, Topic.Visits], result.Page.Sections.Select(s => s.Topic!.Value));
        Assert.Equal(5, result.Page.Sections[3].Body.Split('\n').Length);
    }

    [Fact]
    public async Task Upper_case_bullet_headings_and_overview_sub_headings_get_their_topics()
    {
        const string page = """
            • RELATIONS VIETNAM - NEW ZEALAND:
            Viet Nam and New Zealand established diplomatic relations in 1975 and became strategic partners in 2020.
            • ECONOMIC COOPERATION:
            Two-way trade reached US$1.54 billion in 2019.

            Country overview

            New Zealand is a parliamentary democracy of five million people.

            Political context

            The Labour government was re-elected in 2020.
            """;

        var result = await DryRunAsync(page, "https://www.mofa.gov.vn/en/nr040807104143/nr040807105001/ns071018081337", "2021-01-01");

        Placed(result, "VN-MOFA", "NZ", "en");
        Assert.Equal([Topic.Political, Topic.Economic, Topic.Overview, Topic.Overview], result.Page!.Sections.Select(s => s.Topic!.Value));
    }

    [Fact]
    public async Task Breadcrumbs_tabs_link_and_download_lines_are_never_sections()
    {
        const string page = """
            1. Home
            2. >
            3. Countries
            4. >
            5. Laos

            Highlights

            Bilateral relations Switzerland–Laos

            Switzerland and Laos have maintained diplomatic relations since 1955, and Swiss aid to Laos goes back decades.

            Treaty database

            Economic cooperation

            Trade between Switzerland and Laos remains modest, at about CHF 20 million a year.

            Country report Laos PDF / 120 KB

            SECO / Country profile (de, fr)
            """;

        var result = await DryRunAsync(page, "https://www.eda.admin.ch/eda/en/home/representations-and-travel-advice/laos/switzerland-laos.html", "2015-01-01");

        Placed(result, "CH-FDFA", "LA", "en");
        Assert.Equal(["Bilateral relations Switzerland–Laos", "Economic cooperation"], result.Page!.Sections.Select(s => s.Heading));
        var bodies = string.Join("\n", result.Page.Sections.Select(s => s.Body));
        Assert.All(["Home", "Highlights", "Treaty database", "PDF", "(de, fr)", ">"], chrome => Assert.DoesNotContain(chrome, bodies, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_in_spanish_under_an_english_address_is_spanish_and_the_result_says_why()
    {
        const string page = """
            Relaciones bilaterales España–Laos

            España y Laos mantienen relaciones diplomáticas desde 1987. Las relaciones políticas son cordiales y el comercio entre los dos países es todavía modesto, con exportaciones españolas de maquinaria.

            Actualizado el 3 de mayo de 2018
            """;

        var result = await DryRunAsync(page, "https://www.exteriores.gob.es/en/PoliticaExterior/Paginas/Laos.aspx");

        Placed(result, "ES-MFA", "LA", "es");
        Assert.Equal(FactOrigin.Text, result.Identity!.Language.Origin);
        Assert.Contains(result.Identity.Notes, n => n.Contains("\"en\"", StringComparison.Ordinal) && n.Contains("\"es\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_moves_from_the_ministry_to_an_embassy_site_stays_one_profile()
    {
        var server = await TestServer.GetAsync();
        var importer = server.Services.GetRequiredService<DocumentImporter>();
        // A country no other test gives the German ministry, so the profile is this test's alone.
        const string page = "Deutschland und Tuvalu: bilaterale Beziehungen\n\n{0}\n\nPolitische Beziehungen\n\nDeutschland und Tuvalu unterhalten seit 1979 diplomatische Beziehungen. {1}\n";

        var first = await importer.ImportAsync(new ImportRequest("ministry", System.Text.Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "12.03.2019 - Artikel", "Der Botschafter residiert in Wellington.")),
            Source: "https://www.auswaertiges-amt.de/de/aussenpolitik/laender/tuvalu-node/bilateral/209000", RecordedBy: "tests"));
        var second = await importer.ImportAsync(new ImportRequest("embassy", System.Text.Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "02.05.2022 - Artikel", "Die Botschaft in Wellington ist zuständig.")),
            Source: "https://wellington.diplo.de/nz-de/vertretungen/tuvalu", RecordedBy: "tests"));

        Assert.Equal((ImportOutcome.Created, ImportOutcome.Created), (first.Outcome, second.Outcome));
        Assert.Equal("DE-MFA/TV/de", first.Profile);
        Assert.Equal(first.Profile, second.Profile);
        Assert.Equal("https://wellington.diplo.de/nz-de/vertretungen/tuvalu", second.Revision!.SourceUrl);
    }
}
