namespace CountryRelations.Comparison;

/// <summary>A run of text with what happened to it. Unchanged + deleted spans spell the old text; unchanged + inserted the new.</summary>
public sealed record DiffSpan(SpanKind Kind, string Text);
