namespace CountryRelations.Paging;

/// <summary>The order of a list of dated items.</summary>
public enum Chronology
{
    OldestFirst,
    NewestFirst,
}
