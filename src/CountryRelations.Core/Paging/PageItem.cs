namespace CountryRelations.Paging;

/// <summary>An item of a page and its cursor.</summary>
public sealed record PageItem<T>(T Node, string Cursor);
