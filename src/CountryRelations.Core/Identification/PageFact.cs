namespace CountryRelations.Identification;

/// <summary>One identifying fact of a page (a publisher code, a language, a country code) and where it came from.</summary>
/// <param name="Value">The value; null when <paramref name="Origin"/> is <see cref="FactOrigin.None"/>.</param>
/// <param name="Origin">Where it was found.</param>
public sealed record PageFact(string? Value, FactOrigin Origin)
{
    /// <summary>Nothing found.</summary>
    public static PageFact Missing { get; } = new(null, FactOrigin.None);
}
