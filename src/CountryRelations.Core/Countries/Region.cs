namespace CountryRelations.Countries;

/// <summary>Continents of the UN geoscheme (M49).</summary>
public enum Region
{
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
    Antarctica,
}
