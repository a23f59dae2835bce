namespace CountryRelations.Comparison;

/// <summary>What happened to a section between two revisions.</summary>
public enum SectionChangeKind
{
    /// <summary>Only in the new revision.</summary>
    Added,
    /// <summary>Only in the old revision.</summary>
    Removed,
    /// <summary>Text or heading changed, or sections were merged or split.</summary>
    Changed,
    /// <summary>Same heading and text, at another place among the sections.</summary>
    Moved,
    /// <summary>Same heading, text and place.</summary>
    Unchanged,
}
