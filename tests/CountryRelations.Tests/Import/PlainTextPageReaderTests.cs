using CountryRelations.Import;

namespace CountryRelations.Tests.Import;

public sealed class PlainTextPageReaderTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    [Fact]
    public void Reads_the_reference_page()
    {
        var page = PlainTextPageReader.Read(Sample("fr-en_north-korea_2016-03-23.txt"));

        Assert.Equal("North Korea", page.CountryName);
        Assert.Equal(new DateOnly(2016, 3, 23), page.PublishedOn);
        Assert.Equal(4, page.Sections.Count);
        Assert.Empty(page.UnknownHeadings);
        Assert.DoesNotContain(page.Sections, s => s.Body.Contains("Latest news", StringComparison.Ordinal) || s.Body.Contains("Updated", StringComparison.Ordinal));
    }
}
