using CountryRelations.Revisions;
using CountryRelations.Topics;

namespace CountryRelations.Comparison;

/// <summary>What changed from one revision to another, section by section.</summary>
/// <param name="From">The old revision; null when comparing against nothing (a profile's or topic's first revision).</param>
/// <param name="To">The new revision.</param>
/// <param name="Topic">When set, only that topic's sections were compared.</param>
/// <param name="Sections">Section groups in the new revision's order, removed sections where they stood.</param>
/// <param name="Summary">Counts over <paramref name="Sections"/>.</param>
public sealed record RevisionComparison(
    Revision? From,
    Revision To,
    Topic? Topic,
    IReadOnlyList<SectionComparison> Sections,
    ComparisonSummary Summary);
