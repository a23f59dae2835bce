namespace CountryRelations.History;

/// <summary>Replace our stored copy of a revision that was wrong; the old row stays queryable in system time.</summary>
/// <param name="RevisionId">The current row being corrected.</param>
/// <param name="Sections">The corrected sections; at least one.</param>
/// <param name="Provenance">Who corrects it and why (the note is required).</param>
/// <param name="PublishedOn">A corrected stated date; null keeps the old one.</param>
public sealed record CorrectRevisionCommand(
    long RevisionId,
    IReadOnlyList<SectionDraft> Sections,
    Provenance Provenance,
    DateOnly? PublishedOn = null);
