namespace CountryRelations.Search;

/// <summary>A run of a snippet; <paramref name="Highlighted"/> runs are where the search matched.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);
