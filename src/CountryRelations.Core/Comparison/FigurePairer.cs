namespace CountryRelations.Comparison;

/// <summary>
/// Pairs the figures a diff touched: within one change, the old and new amounts of the same currency, and the old and
/// new percentages, are paired in reading order; the rest were added or removed. Figures outside every change are
/// unchanged. A year is not a figure here: "2014 → 2016" is said by the amount it dates, and by the word diff.
/// </summary>
public static class FigurePairer
{
    /// <summary>The changed figures between <paramref name="oldText"/> and <paramref name="newText"/> given their word diff.</summary>
    public static IReadOnlyList<FigureChange> Pair(string oldText, string newText, TextDiff diff, string? language = null)
    {
        if (diff.Changes.Count == 0)
        {
            return [];
        }

        var oldFigures = FigureReader.Read(oldText, language).Where(f => f.Kind != FigureKind.Year).ToList();
        var newFigures = FigureReader.Read(newText, language).Where(f => f.Kind != FigureKind.Year).ToList();
        var oldSentences = Sentences.Split(oldText);
        var newSentences = Sentences.Split(newText);
        var changes = new List<FigureChange>();
        var usedOld = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        var usedNew = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        foreach (var change in diff.Changes)
        {
            var before = oldFigures.Where(f => !usedOld.Contains(f) && Touches(f, change.OldStart, change.OldLength)).ToList();
            var after = newFigures.Where(f => !usedNew.Contains(f) && Touches(f, change.NewStart, change.NewLength)).ToList();
            usedOld.UnionWith(before);
            usedNew.UnionWith(after);
            foreach (var old in before)
            {
                var counterpart = after.FirstOrDefault(f => f.Kind == old.Kind && f.Currency == old.Currency);
                if (counterpart is not null)
                {
                    after.Remove(counterpart);
                    if (counterpart.Value == old.Value && counterpart.Year == old.Year)
                    {
                        continue; // Rewritten, not changed: "€6.4m" → "€6.4 million".
                    }
                }

                changes.Add(new FigureChange(
                    old.Kind,
                    old,
                    counterpart,
                    Sentences.At(oldText, oldSentences, old.Start),
                    counterpart is null ? null : Sentences.At(newText, newSentences, counterpart.Start)));
            }

            changes.AddRange(after.Select(added => new FigureChange(added.Kind, null, added, null, Sentences.At(newText, newSentences, added.Start))));
        }

        return changes;
    }

    private static bool Touches(Figure figure, int start, int length) =>
        new TextRange(figure.Start, figure.Text.Length).Overlaps(start, length);
}
