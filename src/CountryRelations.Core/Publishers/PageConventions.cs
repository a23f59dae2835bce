namespace CountryRelations.Publishers;

/// <summary>
/// A publisher's page conventions, as data (JSON in the registry), for what the generic rules do not know. Patterns are
/// .NET regular expressions; those over "folded" lines see them in lower case without accents.
/// </summary>
public sealed record PageConventions
{
    /// <summary>Title lines (as written, case ignored); a <c>country</c> group, when present, names the subject country.</summary>
    public IReadOnlyList<string> TitlePatterns { get; init; } = [];

    /// <summary>Whole lines (folded) that are navigation or sharing chrome.</summary>
    public IReadOnlyList<string> ChromeLines { get; init; } = [];

    /// <summary>Patterns (folded) of chrome such as banners and captions.</summary>
    public IReadOnlyList<string> ChromePatterns { get; init; } = [];

    /// <summary>Chrome lines (folded) naming the subject country in a <c>country</c> group ("more information about X…").</summary>
    public IReadOnlyList<string> CountryLinePatterns { get; init; } = [];

    /// <summary>Chrome lines (folded) crediting this publisher on a page reposted elsewhere.</summary>
    public IReadOnlyList<string> PublisherMarks { get; init; } = [];

    /// <summary>Lines (folded) where the footer starts once content has begun.</summary>
    public IReadOnlyList<string> FooterStarts { get; init; } = [];

    /// <summary>Lines (folded) that end a news teaser at the top of a page ("» read more ...").</summary>
    public IReadOnlyList<string> TeaserEnds { get; init; } = [];

    /// <summary>The publisher's page title by language, <c>{country}</c> standing for the subject's name.</summary>
    public IReadOnlyDictionary<string, string> PageTitles { get; init; } = new Dictionary<string, string>();
}
