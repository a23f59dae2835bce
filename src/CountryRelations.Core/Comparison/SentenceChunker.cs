using DiffPlex;

namespace CountryRelations.Comparison;

/// <summary>Cuts text into sentences (<see cref="Sentences"/>) and the white space between them, losing no character.</summary>
public sealed class SentenceChunker : IChunker
{
    public static SentenceChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var pieces = new List<string>();
        var position = 0;
        foreach (var sentence in Sentences.Split(text))
        {
            if (sentence.Start > position)
            {
                pieces.Add(text[position..sentence.Start]);
            }

            pieces.Add(text.Substring(sentence.Start, sentence.Length));
            position = sentence.End;
        }

        if (position < text.Length)
        {
            pieces.Add(text[position..]);
        }

        return pieces;
    }
}
