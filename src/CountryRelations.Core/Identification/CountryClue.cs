namespace CountryRelations.Identification;

/// <summary>One hint at a page's subject country, kept so that the choice can be explained.</summary>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code the hint points to.</param>
/// <param name="Origin">Where the hint was found.</param>
/// <param name="Evidence">The words that gave it (a title, an address segment, "named 7 times").</param>
public sealed record CountryClue(string CountryCode, FactOrigin Origin, string Evidence);
