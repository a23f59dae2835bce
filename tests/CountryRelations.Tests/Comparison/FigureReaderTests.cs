using CountryRelations.Comparison;

namespace CountryRelations.Tests.Comparison;

public sealed class FigureReaderTests
{
    [Theory]
    [InlineData("Trade is limited (€6.4 million in 2014).", "€6.4 million", 6_400_000, "EUR")]
    [InlineData("totaled over $83.5 million.", "$83.5 million", 83_500_000, "USD")]
    [InlineData("humanitarian assistance (€700,000 in 2014)", "€700,000", 700_000, "EUR")]
    [InlineData("FDI stock (€2.2 billion in 2015)", "€2.2 billion", 2_200_000_000, "EUR")]
    [InlineData("soit 7 millions d'euros en 2016", "7 millions d'euros", 7_000_000, "EUR")]
    [InlineData("les échanges atteignent 1,06 mds € en 2019", "1,06 mds €", 1_060_000_000, "EUR")]
    [InlineData("des exportations de 93 M€ vers le pays", "93 M€", 93_000_000, "EUR")]
    public void Reads_amounts_in_english_and_french_notation(string text, string written, decimal value, string currency)
    {
        var amount = Assert.Single(FigureReader.Read(text), f => f.Kind == FigureKind.Amount);

        Assert.Equal((written, value, currency), (amount.Text, amount.Value, amount.Currency));
    }

    [Theory]
    [InlineData("accounts for 0.6% of our exports", "0.6%", 0.6)]
    [InlineData("une croissance de + 4,2 % en 2018", "+ 4,2 %", 4.2)]
    [InlineData("a fall of -1.5% last year", "-1.5%", -1.5)]
    [InlineData("roughly 28 percent of the budget", "28 percent", 28)]
    public void Reads_percentages(string text, string written, double value)
    {
        var percentage = Assert.Single(FigureReader.Read(text), f => f.Kind == FigureKind.Percentage);

        Assert.Equal((written, (decimal)value), (percentage.Text, percentage.Value));
    }

    [Fact]
    public void Reads_years_apart_from_the_amounts_beside_them()
    {
        var figures = FigureReader.Read("Trade between France and North Korea is limited (€6.4 million in 2014), down from 2012.");

        Assert.Equal(
            [(FigureKind.Amount, 6_400_000m), (FigureKind.Year, 2014m), (FigureKind.Year, 2012m)],
            figures.Select(f => (f.Kind, f.Value)));
    }

    [Fact]
    public void Ranks_and_counts_are_not_years_or_amounts()
    {
        var figures = FigureReader.Read("North Korea ranks 200 among France’s customers, its 153th supplier.");

        Assert.Empty(figures);
    }

    [Theory]
    [InlineData("de", "Der Handel erreichte 2016 rund 1,357 Mrd. Euro.", "1,357 Mrd. Euro", 1_357_000_000, "EUR", 2016)]
    [InlineData("de", "Die Investitionen betrugen 150 Mio. Euro (2018).", "150 Mio. Euro", 150_000_000, "EUR", 2018)]
    [InlineData("es", "El comercio alcanzó 1.200 millones de dólares en 2019.", "1.200 millones de dólares", 1_200_000_000, "USD", 2019)]
    [InlineData("en", "Two-way trade was US$1.54 thousand in 2010.", "US$1.54 thousand", 1_540, "USD", 2010)]
    [InlineData("en", "The trade volume was approximately CHF 1.03 billion in 2013.", "CHF 1.03 billion", 1_030_000_000, "CHF", 2013)]
    [InlineData("fr", "les échanges atteignent 1,06 mds € en 2019", "1,06 mds €", 1_060_000_000, "EUR", 2019)]
    [InlineData("en", "In 2013, trade reached €5 million.", "€5 million", 5_000_000, "EUR", 2013)]
    [InlineData("en", "Aid was €3 million. In 2015 it doubled.", "€3 million", 3_000_000, "EUR", null)]
    public void Reads_amounts_in_each_language_s_notation_with_the_year_they_refer_to(string language, string text, string written, double value, string currency, int? year)
    {
        var amount = Assert.Single(FigureReader.Read(text, language), f => f.Kind == FigureKind.Amount);

        Assert.Equal((written, (decimal)value, currency, year), (amount.Text, amount.Value, amount.Currency, amount.Year));
    }

    [Fact]
    public void A_comparison_pairs_amounts_by_currency_and_never_reports_a_year_as_a_figure()
    {
        const string before = "Trade reached €6.4 million (2014). Relations date from 1970.";
        const string after = "Trade reached €8.2 million (2016). Relations were renewed.";

        var changes = FigurePairer.Pair(before, after, WordDiffer.Compare(before, after), "en");

        var amount = Assert.Single(changes);
        Assert.Equal((6_400_000m, 2014, 8_200_000m, 2016), (amount.Old!.Value, amount.Old.Year, amount.New!.Value, amount.New.Year));
    }
}
