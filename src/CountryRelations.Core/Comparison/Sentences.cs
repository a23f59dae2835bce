namespace CountryRelations.Comparison;

/// <summary>
/// Cuts prose into sentences: a line break always ends one (paragraphs, bullets), and so does ".", "!", "?" or ";"
/// followed by a space and a capital, digit or bullet, unless the full stop ends an abbreviation ("Mr.", "U.S.").
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "e.g", "i.e", "cf", "m", "mm", "mme", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    };

    /// <summary>Every sentence of <paramref name="text"/>, in order, without surrounding white space.</summary>
    public static IReadOnlyList<TextRange> Split(string text)
    {
        var sentences = new List<TextRange>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }

                continue;
            }

            if (c is '\n' or '\r')
            {
                sentences.Add(Trimmed(text, start, i));
                start = -1;
            }
            else if (c is '.' or '!' or '?' or ';' && EndsSentence(text, start, i))
            {
                sentences.Add(Trimmed(text, start, i + 1));
                start = -1;
            }
        }

        if (start >= 0)
        {
            sentences.Add(Trimmed(text, start, text.Length));
        }

        return sentences;
    }

    /// <summary>The longest sentence given whole; a longer one is given as this much around the index, marked cut with "…".</summary>
    public const int MaxLength = 600;

    /// <summary>
    /// The sentence of <paramref name="text"/> that holds the character at <paramref name="index"/>; a sentence longer
    /// than <see cref="MaxLength"/> (a section of figures with no full stop) is given as the <see cref="MaxLength"/>
    /// characters around the index, so that a text of many figures never yields its whole length once per figure.
    /// </summary>
    public static string At(string text, IReadOnlyList<TextRange> sentences, int index)
    {
        var range = sentences.Count == 0 ? new TextRange(0, text.Length) : sentences[Holding(sentences, index)];
        if (range.Length <= MaxLength)
        {
            return text.Substring(range.Start, range.Length);
        }

        var start = Math.Clamp(index - MaxLength / 2, range.Start, range.End - MaxLength);
        var cut = text.Substring(start, MaxLength);
        return (start > range.Start ? "…" : "") + cut + (start + MaxLength < range.End ? "…" : "");
    }

    // The first sentence ending after the index (binary search: sentences are in order), else the last.
    private static int Holding(IReadOnlyList<TextRange> sentences, int index)
    {
        int low = 0, high = sentences.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (index < sentences[middle].End)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static bool EndsSentence(string text, int start, int i)
    {
        // A closing bracket or quote may follow the mark: "… (2014)." or "… said.”"
        var next = i + 1;
        while (next < text.Length && text[next] is ')' or '"' or '”' or '»' or '’')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '•' or '-' or '"' or '“' or '«' or '(' or '\n' or '\r'))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        var singleCapital = word.Length == 1 && char.IsUpper(word[0]);
        var dotted = word.Contains('.', StringComparison.Ordinal);
        return !(singleCapital || dotted || Abbreviations.Contains(word));
    }

    private static TextRange Trimmed(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end - start);
    }
}
