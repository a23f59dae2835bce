using CountryRelations.Dates;

namespace CountryRelations.Import;

/// <summary>A date a page states and how precisely: "Stand: Oktober 2017" is 2017-10-01 to the month.</summary>
public readonly record struct StatedDate(DateOnly Date, DatePrecision Precision);
