namespace CountryRelations.Comparison;

/// <summary>One place where two texts differ: the old characters [OldStart, OldStart+OldLength) became the new ones.</summary>
public sealed record TextChange(int OldStart, int OldLength, int NewStart, int NewLength);
