namespace CountryRelations.Search;

/// <summary>A row of the ranking query: a section, its revision, rank and raw headline.</summary>
public sealed record SearchRow(long SectionId, long RevisionId, float Rank, string Headline);
