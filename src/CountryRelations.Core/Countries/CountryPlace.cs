namespace CountryRelations.Countries;

/// <summary>Where a country lies in the UN geoscheme.</summary>
/// <param name="Region">Its continent.</param>
/// <param name="Subregion">Its sub-region, e.g. "Eastern Asia"; empty where the scheme has none.</param>
public sealed record CountryPlace(Region Region, string Subregion);
