using CountryRelations.Countries;
using CountryRelations.Errors;

namespace CountryRelations.Tests.Countries;

public sealed class CountryCatalogTests
{
    private readonly CountryCatalog _catalog = CountryCatalog.Default;

    [Fact]
    public void Holds_every_iso_3166_1_entry_with_unique_codes()
    {
        Assert.Equal(249, _catalog.All.Count);
        Assert.Equal(_catalog.All.Count, _catalog.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(_catalog.All.Count, _catalog.All.Select(c => c.Alpha3).Distinct().Count());
        Assert.All(_catalog.All, c => Assert.False(string.IsNullOrWhiteSpace(c.NameFr)));
    }

    [Theory]
    [InlineData("KP", "KP")]
    [InlineData("prk", "KP")]
    [InlineData("North Korea", "KP")]
    [InlineData("Corée du Nord", "KP")]
    [InlineData("COREE DU NORD", "KP")]
    [InlineData("Democratic People’s Republic of Korea", "KP")]
    [InlineData("Burma", "MM")]
    [InlineData("Birmanie", "MM")]
    [InlineData("Sénégal", "SN")]
    [InlineData("senegal", "SN")]
    [InlineData("Cambodge", "KH")]
    [InlineData("Laos", "LA")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("  united   states ", "US")]
    [InlineData("IN", "IN")]
    public void Resolves_codes_names_and_aliases_ignoring_case_and_accents(string input, string expected) =>
        Assert.Equal(expected, _catalog.Resolve(input).Code);

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("XX")]
    public void Unknown_countries_are_refused_with_a_code(string input)
    {
        var error = Assert.Throws<DomainException>(() => _catalog.Resolve(input));
        Assert.Equal(ErrorCodes.CountryNotFound, error.Code);
    }

    [Theory]
    [InlineData("Nom officiel : République populaire démocratique de Corée", "KP")]
    [InlineData("Cambodia's economy grew; the U.S. and Cambodia trade.", "KH,KH")]
    [InlineData("Le Roi de Jordanie et l'Inde", "JO,IN")]
    [InlineData("une réunion à Paris in the US", "")]
    public void Names_in_running_text_are_found_but_codes_and_ambiguous_words_are_not(string text, string expected) =>
        Assert.Equal(expected, string.Join(',', CountryNameFinder.Default.Find(text).Select(c => c.Code)));
}
