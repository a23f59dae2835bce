using CountryRelations.Countries;
using CountryRelations.Publishers;

namespace CountryRelations.History;

/// <summary>A <see cref="ProfileSelector"/> whose country, publisher and language have been checked.</summary>
public sealed record ResolvedProfileKey(Publisher Publisher, Country Country, string Language);
