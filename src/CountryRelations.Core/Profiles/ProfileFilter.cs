namespace CountryRelations.Profiles;

/// <summary>Which profiles a list shows; null members do not filter.</summary>
/// <param name="CountryCodes">Only these subject countries (alpha-2); an empty set matches nothing.</param>
/// <param name="PublisherCode">Only this publisher.</param>
/// <param name="Language">Only this language.</param>
public sealed record ProfileFilter(IReadOnlyCollection<string>? CountryCodes = null, string? PublisherCode = null, string? Language = null);
