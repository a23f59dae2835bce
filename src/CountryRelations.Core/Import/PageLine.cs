namespace CountryRelations.Import;

/// <summary>
/// One line of a page as a reader saw it. An empty text is a paragraph break. <see cref="IsHeading"/> is true or
/// false when the markup said so (HTML), null when the layout has to decide (plain text).
/// </summary>
public sealed record PageLine(string Text, bool? IsHeading = null)
{
    /// <summary>A paragraph break.</summary>
    public static PageLine Break { get; } = new("", false);

    /// <summary>Where a news teaser ended ("» Read more ..."); compared by reference.</summary>
    public static PageLine TeaserEnd { get; } = new("", false);
}
