namespace CountryRelations.History;

/// <summary>Names a profile the way clients do; publisher and language fall back to <see cref="ProfileDefaults"/>.</summary>
/// <param name="Country">Alpha-2, alpha-3, or an English or French name or alias.</param>
/// <param name="Publisher">Publisher code such as <c>FR-MFA</c>; null for the default.</param>
/// <param name="Language">Language tag such as <c>en</c>; null for the default.</param>
public sealed record ProfileSelector(string Country, string? Publisher = null, string? Language = null);
