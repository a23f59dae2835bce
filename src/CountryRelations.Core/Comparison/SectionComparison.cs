using CountryRelations.Revisions;

namespace CountryRelations.Comparison;

/// <summary>One matched group of sections and how it changed.</summary>
/// <param name="Kind">Added, removed, changed, moved or unchanged.</param>
/// <param name="Old">The old revision's sections in the group (several when merged).</param>
/// <param name="New">The new revision's sections in the group (several when split).</param>
/// <param name="HeadingChanged">Whether the heading was reworded.</param>
/// <param name="Moved">Whether the group changed place relative to the other matched sections.</param>
/// <param name="Words">Word-level spans from the old body (bodies joined by a blank line) to the new one.</param>
/// <param name="Sentences">The same change sentence by sentence: every sentence once, unchanged, deleted or inserted.</param>
/// <param name="Figures">Amounts, percentages and years that changed, were added or removed.</param>
/// <param name="WordsAdded">Words inserted.</param>
/// <param name="WordsRemoved">Words deleted.</param>
public sealed record SectionComparison(
    SectionChangeKind Kind,
    IReadOnlyList<Section> Old,
    IReadOnlyList<Section> New,
    bool HeadingChanged,
    bool Moved,
    IReadOnlyList<DiffSpan> Words,
    IReadOnlyList<DiffSpan> Sentences,
    IReadOnlyList<FigureChange> Figures,
    int WordsAdded,
    int WordsRemoved);
