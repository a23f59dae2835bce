namespace CountryRelations.Comparison;

/// <summary>How much changed: section groups per change kind, words and figures.</summary>
public sealed record ComparisonSummary(
    int Added,
    int Removed,
    int Changed,
    int Moved,
    int Unchanged,
    int WordsAdded,
    int WordsRemoved,
    int FiguresChanged)
{
    /// <summary>Whether anything at all changed.</summary>
    public bool HasChanges => Added + Removed + Changed + Moved > 0;
}
