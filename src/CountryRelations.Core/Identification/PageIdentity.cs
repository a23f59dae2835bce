using CountryRelations.History;

namespace CountryRelations.Identification;

/// <summary>
/// Which profile a page belongs to and on which date, each fact with its origin, plus every country clue seen.
/// </summary>
/// <param name="Country">The subject country (alpha-2 code).</param>
/// <param name="Publisher">The publisher's code.</param>
/// <param name="Language">The page's language.</param>
/// <param name="PublishedOn">The publication date, or <see cref="FactOrigin.None"/>: no date stated.</param>
/// <param name="CountryClues">Every hint at the country, strongest first.</param>
public sealed record PageIdentity(
    PageFact Country,
    PageFact Publisher,
    PageFact Language,
    DateFact PublishedOn,
    IReadOnlyList<CountryClue> CountryClues)
{
    /// <summary>The profile the page belongs to; only for an identity with no blocking problem (every fact found).</summary>
    public ProfileSelector Selector => new(Country.Value!, Publisher.Value!, Language.Value!);

    /// <summary>What the import noticed while deciding (e.g. the text's language overruling the address's).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>publisher/country/language, as import reports name the profile.</summary>
    public string ProfileName => $"{Publisher.Value}/{Country.Value}/{Language.Value}";
}
