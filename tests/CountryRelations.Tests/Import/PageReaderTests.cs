using CountryRelations.Errors;
using CountryRelations.Import;
using CountryRelations.Topics;

namespace CountryRelations.Tests.Import;

public sealed class PageReaderTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static TheoryData<string, string, string, string, string?, Topic[]> Samples => new()
    {
        { "fr-en_north-korea_2016-03-23.txt", "FR-MFA", "North Korea", "en", "2016-03-23", [Topic.Political, Topic.Economic, Topic.CulturalScientificTechnical, Topic.HumanitarianDevelopment] },
        { "fr-en_north-korea_2017.txt", "FR-MFA", "North Korea", "en", null, [Topic.Political, Topic.Economic, Topic.CulturalScientificTechnical, Topic.HumanitarianDevelopment, Topic.EuropeanUnionMultilateral] },
        { "fr-en_senegal_2016.txt", "FR-MFA", "Senegal", "en", null, [Topic.Political] },
        { "fr-en_senegal_2017.txt", "FR-MFA", "Senegal", "en", null, [Topic.Political, Topic.Visits, Topic.Economic] },
        { "fr-fr_cambodge_2017.txt", "FR-MFA", "", "fr", null, [Topic.Political, Topic.Visits, Topic.Economic] },
        { "fr-fr_coree-du-nord_2023.txt", "FR-MFA", "", "fr", null, [Topic.Political, Topic.ConsularPresence, Topic.Visits, Topic.Economic, Topic.CulturalScientificTechnical] },
        { "us-en_cambodia_2019-02-12.txt", "US-DOS", "Cambodia", "en", "2019-02-12", [Topic.Political, Topic.HumanitarianDevelopment, Topic.Economic] },
        { "us-en_laos_2014-01-31.txt", "US-DOS", "Laos", "en", "2014-01-31", [Topic.Political, Topic.HumanitarianDevelopment] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_reads_with_its_publisher_country_language_date_and_topics(
        string file, string publisher, string country, string language, string? date, Topic[] topics)
    {
        var page = PlainTextPageReader.Read(Sample(file));

        Assert.Equal(publisher, page.PublisherCode);
        Assert.Equal(country.Length == 0 ? null : country, page.CountryName);
        Assert.Equal(language, page.Language);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), page.PublishedOn);
        Assert.Equal(topics, page.Sections.Select(s => s.Topic!.Value));
    }

    [Theory]
    [InlineData("fr-en_north-korea_2016-03-23.txt", "fr-en_north-korea_2016-03-23.html")]
    [InlineData("fr-en_north-korea_2017.txt", "fr-en_north-korea_2017.html")]
    public void Html_and_text_of_the_same_page_give_the_same_sections(string text, string html)
    {
        var fromText = PlainTextPageReader.Read(Sample(text));
        var fromHtml = HtmlPageReader.Read(Fixture(html));

        Assert.Equal(fromText.Sections, fromHtml.Sections);
        Assert.Equal(fromText.PublishedOn, fromHtml.PublishedOn);
        Assert.Equal(fromText.CountryName, fromHtml.CountryName);
    }

    [Fact]
    public void French_html_gives_the_sections_of_the_french_text_and_its_mise_a_jour_date()
    {
        var fromText = PlainTextPageReader.Read(Sample("fr-fr_coree-du-nord_2023.txt"));
        var fromHtml = HtmlPageReader.Read(Fixture("fr-fr_coree-du-nord_2023.html"));

        Assert.Equal(fromText.Sections, fromHtml.Sections);
        Assert.Equal(("fr", new DateOnly(2023, 5, 12)), (fromHtml.Language, fromHtml.PublishedOn!.Value));
    }

    [Fact]
    public void Dated_bullets_stay_in_the_body()
    {
        var page = PlainTextPageReader.Read("France and Senegal\n\nBilateral visits\n\nJune 2015: President Sall's visit\nMay 2014: Minister visit\n\nUpdated: 01/07/2015");

        Assert.Equal("June 2015: President Sall's visit\nMay 2014: Minister visit", Assert.Single(page.Sections).Body);
    }

    [Fact]
    public void Us_fact_sheet_html_drops_chrome_and_heads_the_introduction_with_the_title()
    {
        var page = HtmlPageReader.Read(Fixture("us-en_cambodia_2019-02-12.html"));

        Assert.Equal("US-DOS", page.PublisherCode);
        Assert.Equal(new DateOnly(2019, 2, 12), page.PublishedOn);
        Assert.Equal(["U.S. Relations With Cambodia", "U.S. Assistance to Cambodia", "Bilateral Economic Relations"], page.Sections.Select(s => s.Heading));
        Assert.DoesNotContain(page.Sections, s => s.Body.Contains("More information about", StringComparison.Ordinal) || s.Body.Contains("managed by", StringComparison.Ordinal));
    }

    [Fact]
    public void Chrome_is_dropped_and_bullets_and_cut_off_text_survive()
    {
        var reference = PlainTextPageReader.Read(Sample("fr-en_north-korea_2016-03-23.txt"));
        var later = PlainTextPageReader.Read(Sample("fr-en_north-korea_2017.txt"));
        var laos = PlainTextPageReader.Read(Sample("us-en_laos_2014-01-31.txt"));

        Assert.DoesNotContain(reference.Sections, s => s.Body.Contains("Latest news", StringComparison.Ordinal) || s.Body.Contains("Updated", StringComparison.Ordinal));
        Assert.StartsWith("France is conducting two cooperation programmes in North Korea:\n\n  • Promoting French:", later.Sections[2].Body, StringComparison.Ordinal);
        Assert.EndsWith("The European Union has maintained diploma", later.Sections[4].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(laos.Sections, s => s.Body.Contains("Diplomacy in Action", StringComparison.Ordinal) || s.Body.Contains("More information", StringComparison.Ordinal));
    }

    [Fact]
    public void A_french_page_with_no_blank_lines_still_finds_its_headings_and_dash_bullets()
    {
        var page = PlainTextPageReader.Read(Sample("fr-fr_coree-du-nord_2023.txt"));

        Assert.Equal(["Relations politiques", "Présence française", "Visites", "Relations économiques", "Coopération culturelle, scientifique et technique"], page.Sections.Select(s => s.Heading));
        Assert.Contains("\n- Promotion du français", page.Sections[4].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Updated: 23/03/2016", 2016, 3, 23)]
    [InlineData("Updated on 09.04.13", 2013, 4, 9)]
    [InlineData("Mise à jour : 12.05.2020", 2020, 5, 12)]
    [InlineData("Last update 26/04/2017", 2017, 4, 26)]
    [InlineData("Dernière modification : 12/01/2018", 2018, 1, 12)]
    [InlineData("February 12, 2019", 2019, 2, 12)]
    public void Reads_every_date_line_format(string line, int year, int month, int day)
    {
        var page = PlainTextPageReader.Read($"France and Senegal\n\nEconomic relations\n\nTrade grew.\n\n{line}");

        Assert.Equal(new DateOnly(year, month, day), page.PublishedOn);
        Assert.Equal("Trade grew.", Assert.Single(page.Sections).Body);
    }

    [Fact]
    public void An_impossible_date_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => PlainTextPageReader.Read("France and Senegal\n\nEconomic relations\n\nTrade.\n\nUpdated: 31/02/2016"));

        Assert.Equal(ErrorCodes.InvalidDate, error.Code);
    }

    [Fact]
    public void Unknown_headings_are_classified_from_their_bodies_else_other_and_are_reported()
    {
        var page = PlainTextPageReader.Read(
            "France and Senegal\n\nPolitical relations\n\nClose.\n\nPrincipal Embassy Officials\n\nThe ambassador is X.\n\nMiscellaneous\n\nTrade and exports grew; imports and trade fairs too.");

        Assert.Equal([Topic.Political, Topic.Other, Topic.Economic], page.Sections.Select(s => s.Topic!.Value));
        Assert.Equal(["Principal Embassy Officials", "Miscellaneous"], page.UnknownHeadings);
    }

    [Fact]
    public void Script_and_style_text_control_and_zero_width_characters_never_become_headings_or_bodies()
    {
        var page = HtmlPageReader.Read("""
            <html><body><h1>France and Senegal</h1>
            <h2>Political <script>var tracker = "relations";</script>relations<style>h2 { color: red }</style></h2>
            <p>Dialogue is regular&#x1; and <span style="display:none"><script>alert(1)</script></span>friendly&#x200B;.</p>
            <h2>&#x200B;&#x200C;&#xFEFF;</h2>
            <p>Trade grew.</p>
            <p>Updated: 01/07/98</p></body></html>
            """);

        Assert.Equal("Political relations", page.Sections[0].Heading);
        Assert.Equal("Dialogue is regular and friendly.", page.Sections[0].Body.Split('\n')[0]);
        Assert.DoesNotContain(page.Sections, s => s.Heading.Length > 0 && s.Heading.All(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format));
        Assert.DoesNotContain(page.Sections, s => s.Body.Contains("tracker", StringComparison.Ordinal) || s.Body.Contains("alert", StringComparison.Ordinal) || s.Body.Contains('\u0001'));
        Assert.Equal(new DateOnly(1998, 7, 1), page.PublishedOn);
    }

    [Theory]
    [InlineData("Updated: 23/03/16", 2016)]
    [InlineData("Updated: 23/03/98", 1998)]
    [InlineData("Updated: 23/03/2016", 2016)]
    public void A_two_digit_year_is_read_as_the_calendar_reads_it(string line, int year) =>
        Assert.Equal(year, PageDates.TryRead(line)!.Value.Date.Year);
}
