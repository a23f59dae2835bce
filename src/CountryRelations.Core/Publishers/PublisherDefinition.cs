namespace CountryRelations.Publishers;

/// <summary>One publisher as the shipped registry (<c>foreign-ministries.json</c>) or an editor describes it.</summary>
/// <param name="Code">Short code, e.g. <c>DE-MFA</c>.</param>
/// <param name="Name">Full name.</param>
/// <param name="Government">The government it speaks for (ISO 3166-1 alpha-2), if any.</param>
/// <param name="Website">Its web site.</param>
/// <param name="Hosts">Host patterns its pages are served under.</param>
/// <param name="Languages">Its languages (ISO 639-1).</param>
/// <param name="Source">Where these facts came from.</param>
/// <param name="Conventions">Its page conventions where generic rules do not suffice.</param>
public sealed record PublisherDefinition(
    string Code,
    string Name,
    string? Government,
    string? Website,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> Languages,
    string? Source,
    PageConventions? Conventions);
