using DiffPlex;

namespace CountryRelations.Comparison;

/// <summary>Inline diff of two texts with DiffPlex, at word level (<see cref="TextTokenChunker"/>) or sentence level (<see cref="SentenceChunker"/>).</summary>
public static class WordDiffer
{
    /// <summary>The word-level spans that turn <paramref name="oldText"/> into <paramref name="newText"/>.</summary>
    public static IReadOnlyList<DiffSpan> Diff(string oldText, string newText) => Compare(oldText, newText).Spans;

    /// <summary>
    /// Sentence by sentence: each sentence of either text once, as unchanged, deleted or inserted, in reading order
    /// (a reworded sentence is its old form deleted, then its new form inserted).
    /// </summary>
    public static IReadOnlyList<DiffSpan> SentenceDiff(string oldText, string newText) =>
        Compare(oldText, newText, SentenceChunker.Instance, merge: false).Spans.Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();

    /// <summary>
    /// The diff of <paramref name="oldText"/> and <paramref name="newText"/> cut by <paramref name="chunker"/> (default: words);
    /// with <paramref name="merge"/>, neighbouring pieces of one kind form one span.
    /// </summary>
    public static TextDiff Compare(string oldText, string newText, IChunker? chunker = null, bool merge = true)
    {
        // Most sections of a new revision are untouched: equal texts need no diff, only their pieces.
        if (oldText == newText)
        {
            var pieces = merge ? (oldText.Length == 0 ? [] : [oldText]) : (chunker ?? TextTokenChunker.Instance).Chunk(oldText);
            return new TextDiff(pieces.Select(piece => new DiffSpan(SpanKind.Unchanged, piece)).ToList(), []);
        }

        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, chunker ?? TextTokenChunker.Instance);
        var oldOffsets = Offsets(result.PiecesOld);
        var newOffsets = Offsets(result.PiecesNew);
        var spans = new List<DiffSpan>();
        var changes = new List<TextChange>(result.DiffBlocks.Count);
        var oldPosition = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(spans, SpanKind.Unchanged, result.PiecesOld, oldPosition, block.DeleteStartA - oldPosition, merge);
            Add(spans, SpanKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA, merge);
            Add(spans, SpanKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB, merge);
            var oldStart = oldOffsets[block.DeleteStartA];
            var newStart = newOffsets[block.InsertStartB];
            changes.Add(new TextChange(
                oldStart,
                oldOffsets[block.DeleteStartA + block.DeleteCountA] - oldStart,
                newStart,
                newOffsets[block.InsertStartB + block.InsertCountB] - newStart));
            oldPosition = block.DeleteStartA + block.DeleteCountA;
        }

        Add(spans, SpanKind.Unchanged, result.PiecesOld, oldPosition, result.PiecesOld.Count - oldPosition, merge);
        return new TextDiff(spans, changes);
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
            if (span.Kind == SpanKind.Inserted)
            {
                added += CountWords(span.Text);
            }
            else if (span.Kind == SpanKind.Deleted)
            {
                removed += CountWords(span.Text);
            }
        }

        return (added, removed);
    }

    /// <summary>Words in <paramref name="text"/>: tokens that hold a letter, a digit or a currency sign.</summary>
    public static int CountWords(string text) =>
        TextTokenChunker.Instance.Chunk(text).Count(t => char.IsLetterOrDigit(t[0]) || char.IsSymbol(t[0]) && t.Length > 1);

    // Character offset of each piece, plus the total length at the end, so block bounds map to text ranges.
    private static int[] Offsets(IReadOnlyList<string> pieces)
    {
        var offsets = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
        {
            offsets[i + 1] = offsets[i] + pieces[i].Length;
        }

        return offsets;
    }

    private static void Add(List<DiffSpan> spans, SpanKind kind, IReadOnlyList<string> pieces, int start, int count, bool merge)
    {
        if (count <= 0)
        {
            return;
        }

        if (!merge)
        {
            for (var i = start; i < start + count; i++)
            {
                spans.Add(new DiffSpan(kind, pieces[i]));
            }

            return;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            builder.Append(pieces[i]);
        }

        var text = builder.ToString();
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
