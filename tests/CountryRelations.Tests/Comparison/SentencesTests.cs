using CountryRelations.Comparison;

namespace CountryRelations.Tests.Comparison;

public sealed class SentencesTests
{
    [Fact]
    public void Sentences_end_at_stops_and_line_breaks_but_not_at_abbreviations()
    {
        const string text = "Mr. Ndiaye met the U.S. envoy (in 2014). Trade grew by 4.2%; imports fell.\n  • Bullet one\nLast";

        var sentences = Sentences.Split(text).Select(r => text.Substring(r.Start, r.Length));

        Assert.Equal(["Mr. Ndiaye met the U.S. envoy (in 2014).", "Trade grew by 4.2%; imports fell.", "• Bullet one", "Last"], sentences);
    }

    [Fact]
    public void Sentence_pieces_spell_the_text_exactly()
    {
        const string text = "  One. Two!\n\nThree? four  ";

        Assert.Equal(text, string.Concat(SentenceChunker.Instance.Chunk(text)));
    }
}
