using System.Text.Json;
using CountryRelations.Countries;
using CountryRelations.Dates;
using CountryRelations.Import;
using CountryRelations.Languages;
using CountryRelations.Tests.Infrastructure;
using CountryRelations.Topics;

namespace CountryRelations.Tests.Languages;

/// <summary>
/// A language is a vocabulary file: its words tell the language, head its topics and date its pages; its country
/// names and adjectives come from the generated data file, its month names from CLDR.
/// </summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Every_language_file_gives_stopwords_topics_date_words_a_title_and_twelve_months()
    {
        Assert.Equal(["en", "fr", "de", "es", "it", "nl", "pt"], Vocabularies.Codes);
        Assert.All(Vocabularies.All, v =>
        {
            Assert.True(v.Stopwords.Count >= 8, v.Code);
            Assert.All(new[] { Topic.Political, Topic.Economic, Topic.CulturalScientificTechnical, Topic.HumanitarianDevelopment, Topic.SecurityDefence },
                topic => Assert.Contains(v.TopicStems, s => s.Topic == topic));
            Assert.NotEmpty(v.DatePrefixes);
            Assert.Contains("{country}", v.PageTitle, StringComparison.Ordinal);
            Assert.Equal(12, v.Months.Count);
        });
    }

    [Theory]
    [InlineData("de", "Die Beziehungen zwischen Deutschland und Vietnam sind eng und vertrauensvoll, und die Zusammenarbeit wurde auch im Jahr 2018 mit einer Reihe von Projekten fortgesetzt, die von der Bundesregierung nicht nur gefördert werden.")]
    [InlineData("es", "Las relaciones entre España y Camboya son cordiales y el comercio entre los dos países, que es todavía modesto, ha crecido desde 2010 por las inversiones españolas en el sector del turismo.")]
    [InlineData("it", "Le relazioni tra l'Italia e il Vietnam sono eccellenti e la cooperazione economica, che è cresciuta negli ultimi anni, riguarda soprattutto gli investimenti delle imprese italiane nel settore della moda e delle infrastrutture per il paese.")]
    [InlineData("pt", "As relações entre Portugal e Timor-Leste são muito próximas e a cooperação, que não se limita à língua, abrange também a educação e o apoio ao desenvolvimento das instituições do país, com uma presença portuguesa constante.")]
    [InlineData("nl", "De betrekkingen tussen Nederland en Vietnam zijn goed en de samenwerking op het gebied van water werd in 2010 een strategisch partnerschap, met een grote rol voor het bedrijfsleven en de kennisinstellingen van beide landen.")]
    [InlineData("fr", "Les relations entre la France et le Cambodge sont anciennes et la coopération culturelle, qui est très active, passe par l'Institut français et par les universités des deux pays.")]
    [InlineData("en", "The relations between Japan and Laos have been friendly since 1955, and the two countries are working to expand trade and investment with the support of Japanese development assistance.")]
    public void Each_language_is_told_by_its_own_words_and_plainly(string language, string text) =>
        Assert.Equal(new LanguageGuess.Reading(language, true), LanguageGuess.Reading.Of(text));

    [Theory]
    [InlineData("de", "Die kambodschanischen Partner besuchten Kambodscha.", "KH")]
    [InlineData("es", "Las autoridades camboyanas y el Gobierno de Camboya.", "KH")]
    [InlineData("it", "Il governo cambogiano e la Cambogia.", "KH")]
    [InlineData("nl", "De Vietnamese regering en Vietnam.", "VN")]
    [InlineData("de", "die deutsch-vietnamesischen Beziehungen", "VN")]
    public void A_text_names_its_country_by_name_and_inflected_adjective_in_its_language(string language, string text, string country) =>
        Assert.All(CountryNameFinder.Default.Find(text, language).Where(c => c.Code != "DE"), c => Assert.Equal(country, c.Code));

    [Fact]
    public void Another_language_s_names_are_not_read_into_a_text()
    {
        // "Island" is Iceland in German, "Chile" a country everywhere: only the text's own language counts.
        Assert.Empty(CountryNameFinder.Default.Find("The island of Java and its long coast.", "en"));
        Assert.Equal("IS", Assert.Single(CountryNameFinder.Default.Find("Die Beziehungen zu Island sind eng.", "de")).Code);
    }

    [Fact]
    public void The_names_file_is_generated_from_the_pinned_packages()
    {
        var header = File.ReadLines(Path.Combine(Repository.Root, "src", "CountryRelations.Core", "Countries", "country-names.tsv")).First();
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tools", "country-names", "package.json")));
        var dependencies = package.RootElement.GetProperty("dependencies");

        foreach (var name in new[] { "i18n-iso-countries", "i18n-nationality" })
        {
            Assert.Contains($"{name} {dependencies.GetProperty(name).GetString()}", header, StringComparison.Ordinal);
        }

        Assert.Equal("Kambodscha", CountryCatalog.Default.Find("KH")!.CommonName("de"));
        Assert.Equal("KH", CountryCatalog.Default.Find("Camboya")!.Code);
    }

    [Theory]
    [InlineData("Stand: Oktober 2017", "2017-10-01", DatePrecision.Month)]
    [InlineData("15.02.2024 - Artikel", "2024-02-15", DatePrecision.Day)]
    [InlineData("Last updated: 6 September 2019", "2019-09-06", DatePrecision.Day)]
    [InlineData("septiembre de 2003", "2003-09-01", DatePrecision.Month)]
    [InlineData("Actualizado el 3 de mayo de 2018", "2018-05-03", DatePrecision.Day)]
    [InlineData("Aggiornato il 12/05/2020", "2020-05-12", DatePrecision.Day)]
    [InlineData("Laatst bijgewerkt: 1 maart 2022", "2022-03-01", DatePrecision.Day)]
    [InlineData("March 2009", "2009-03-01", DatePrecision.Month)]
    [InlineData("1er mars 2016", "2016-03-01", DatePrecision.Day)]
    public void Date_lines_in_every_language_are_read_with_their_precision(string line, string date, DatePrecision precision) =>
        Assert.Equal(new StatedDate(TestData.Date(date), precision), PageDates.TryRead(line));

    [Theory]
    [InlineData("March 2009")]
    [InlineData("Oktober 2017")]
    [InlineData("12/03/2016")]
    public void A_bare_month_or_slashed_date_below_the_prose_is_text_not_the_page_date(string line) =>
        Assert.Null(PageDates.TryRead(line, atTop: false));
}
