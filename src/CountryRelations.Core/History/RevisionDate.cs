namespace CountryRelations.History;

/// <summary>A revision id and a date a batch query returns for it.</summary>
public sealed record RevisionDate(long RevisionId, DateOnly? Date);
