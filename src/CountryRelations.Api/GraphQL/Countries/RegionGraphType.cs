using CountryRelations.Countries;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Countries;

/// <summary>Continents of the UN geoscheme.</summary>
public sealed class RegionGraphType : EnumerationGraphType<Region>
{
    public RegionGraphType()
    {
        Name = "Region";
        Description = "A continent of the UN geoscheme (M49): AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA, ANTARCTICA.";
    }
}
