using CountryRelations.Comparison;

namespace CountryRelations.Tests.Comparison;

public sealed class WordDifferTests
{
    [Fact]
    public void Changed_figures_are_whole_words_and_punctuation_stays_readable()
    {
        var spans = WordDiffer.Diff(
            "Trade between France and North Korea is limited (€6.4 million in 2014).",
            "Trade between France and North Korea is not very significant (€8.2 million in 2016).");

        Assert.Contains(new DiffSpan(SpanKind.Deleted, "€6.4"), spans);
        Assert.Contains(new DiffSpan(SpanKind.Inserted, "€8.2"), spans);
        Assert.Contains(new DiffSpan(SpanKind.Deleted, "2014"), spans);
        Assert.Contains(new DiffSpan(SpanKind.Inserted, "2016"), spans);
        Assert.Equal(new DiffSpan(SpanKind.Unchanged, "Trade between France and North Korea is "), spans[0]);
    }

    [Fact]
    public void Identical_texts_are_one_unchanged_span()
    {
        var spans = WordDiffer.Diff("Same text, same words.", "Same text, same words.");

        Assert.Equal([new DiffSpan(SpanKind.Unchanged, "Same text, same words.")], spans);
        Assert.Equal((0, 0), WordDiffer.WordCounts(spans));
    }

    [Fact]
    public void Word_counts_count_words_not_spaces()
    {
        var spans = WordDiffer.Diff("One French company is represented.", "There are no French companies working here.");

        var (added, removed) = WordDiffer.WordCounts(spans);

        // Removed: One, company, is, represented. Added: There, are, no, companies, working, here.
        Assert.Equal((6, 4), (added, removed));
    }

    [Fact]
    public void Applying_the_spans_to_the_old_text_gives_the_new_text_for_random_edits()
    {
        var random = new Random(20161128);
        var words = new[] { "France", "Korea", "trade", "€6.4", "million", "in", "2014", ",", ".", " ", "  ", "\n", "\n\n", "  • ", "coopération", "d’Asie", "0.6%", "(", ")" };
        for (var trial = 0; trial < 500; trial++)
        {
            var old = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => words[random.Next(words.Length)]));
            var edited = new List<string>(TextTokenChunker.Instance.Chunk(old));
            for (var edit = random.Next(0, 6); edit > 0; edit--)
            {
                var at = random.Next(0, edited.Count + 1);
                if (random.Next(2) == 0 && at < edited.Count)
                {
                    edited.RemoveAt(at);
                }
                else
                {
                    edited.Insert(at, words[random.Next(words.Length)]);
                }
            }

            var updated = string.Concat(edited);
            var spans = WordDiffer.Diff(old, updated);

            Assert.Equal(old, WordDiffer.OldText(spans));
            Assert.Equal(updated, WordDiffer.NewText(spans));
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.NotEqual(pair.First.Kind, pair.Second.Kind));
        }
    }
}
