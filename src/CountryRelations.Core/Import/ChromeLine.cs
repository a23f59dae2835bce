namespace CountryRelations.Import;

/// <summary>What a line of page chrome says besides "drop me".</summary>
/// <param name="CountryName">The subject country it names ("More information about Laos…"), if any.</param>
/// <param name="NamesPublisher">It credits the publisher ("FROM: U.S. STATE DEPARTMENT").</param>
/// <param name="EndsTeaser">It ends a news teaser ("» Read more ...").</param>
public sealed record ChromeLine(string? CountryName, bool NamesPublisher, bool EndsTeaser);
