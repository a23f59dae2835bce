namespace CountryRelations.Comparison;

/// <summary>A run of characters in a text.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    /// <summary>One past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the range shares a character with [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>).</summary>
    public bool Overlaps(int start, int length) => start < End && Start < start + length;
}
