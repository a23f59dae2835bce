namespace CountryRelations.Comparison;

/// <summary>A diff of two texts: the spans a reader sees, and the changed character ranges on both sides.</summary>
/// <param name="Spans">Unchanged, deleted and inserted runs; they spell both texts exactly.</param>
/// <param name="Changes">Each run of deletions and insertions as character ranges in the old and new text.</param>
public sealed record TextDiff(IReadOnlyList<DiffSpan> Spans, IReadOnlyList<TextChange> Changes);
