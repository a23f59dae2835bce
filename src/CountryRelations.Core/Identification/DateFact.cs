namespace CountryRelations.Identification;

/// <summary>A page's publication date and where it came from; <see cref="FactOrigin.None"/> means no date stated or given.</summary>
public sealed record DateFact(DateOnly? Value, FactOrigin Origin);
