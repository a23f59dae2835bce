using System.Text.RegularExpressions;
using DiffPlex;

namespace CountryRelations.Comparison;

/// <summary>
/// Cuts text into words (figures such as "6.4" or "€8.2" stay whole), runs of white space, and single punctuation
/// marks, so a word-level diff keeps punctuation and spacing readable and loses no character.
/// </summary>
public sealed partial class TextTokenChunker : IChunker
{
    public static TextTokenChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text) => Token().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}\p{Sc}]+(?:[.,’'\-][\p{L}\p{N}]+)*|\s+|.", RegexOptions.Singleline)]
    private static partial Regex Token();
}
