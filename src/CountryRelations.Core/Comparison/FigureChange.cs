namespace CountryRelations.Comparison;

/// <summary>
/// A figure that changed between two texts: "€6.4 million in 2014" → "€8.2 million in 2016" gives one amount change,
/// 6,400,000 EUR (2014) → 8,200,000 EUR (2016). Years alone are not compared (a changed date is in the word diff); a
/// figure with no counterpart was added or removed.
/// </summary>
/// <param name="Kind">Amount, percentage or year.</param>
/// <param name="Old">The figure in the old text; null when it was added.</param>
/// <param name="New">The figure in the new text; null when it was removed.</param>
/// <param name="OldSentence">The old sentence holding it.</param>
/// <param name="NewSentence">The new sentence holding it.</param>
public sealed record FigureChange(FigureKind Kind, Figure? Old, Figure? New, string? OldSentence, string? NewSentence);
