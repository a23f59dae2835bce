using DiffPlex;

namespace CountryRelations.Comparison;

/// <summary>Word-level inline diff of two texts (DiffPlex over <see cref="TextTokenChunker"/> tokens), as merged spans.</summary>
public static class WordDiffer
{
    /// <summary>The spans that turn <paramref name="oldText"/> into <paramref name="newText"/>.</summary>
    public static IReadOnlyList<DiffSpan> Diff(string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, TextTokenChunker.Instance);
        var spans = new List<DiffSpan>();
        var oldPosition = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(spans, SpanKind.Unchanged, result.PiecesOld, oldPosition, block.DeleteStartA - oldPosition);
            Add(spans, SpanKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(spans, SpanKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldPosition = block.DeleteStartA + block.DeleteCountA;
        }

        Add(spans, SpanKind.Unchanged, result.PiecesOld, oldPosition, result.PiecesOld.Count - oldPosition);
        return spans;
    }

    /// <summary>The old text spelled by <paramref name="spans"/>.</summary>
    public static string OldText(IEnumerable<DiffSpan> spans) => string.Concat(spans.Where(s => s.Kind != SpanKind.Inserted).Select(s => s.Text));

    /// <summary>The new text spelled by <paramref name="spans"/>.</summary>
    public static string NewText(IEnumerable<DiffSpan> spans) => string.Concat(spans.Where(s => s.Kind != SpanKind.Deleted).Select(s => s.Text));

    /// <summary>How many words <paramref name="spans"/> insert and delete.</summary>
    public static (int Added, int Removed) WordCounts(IEnumerable<DiffSpan> spans)
    {
        var added = 0;
        var removed = 0;
        foreach (var span in spans)
        {
            var words = TextTokenChunker.Instance.Chunk(span.Text).Count(t => char.IsLetterOrDigit(t[0]) || char.IsSymbol(t[0]) && t.Length > 1);
            if (span.Kind == SpanKind.Inserted)
            {
                added += words;
            }
            else if (span.Kind == SpanKind.Deleted)
            {
                removed += words;
            }
        }

        return (added, removed);
    }

    private static void Add(List<DiffSpan> spans, SpanKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (spans.Count > 0 && spans[^1].Kind == kind)
        {
            spans[^1] = spans[^1] with { Text = spans[^1].Text + text };
        }
        else
        {
            spans.Add(new DiffSpan(kind, text));
        }
    }
}
