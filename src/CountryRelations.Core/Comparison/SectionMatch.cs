namespace CountryRelations.Comparison;

/// <summary>
/// Sections of the old and new revision that hold the same content: one to one, none to one (added), one to none
/// (removed), or several on one side when sections were merged or split. Indexes are positions in each section list.
/// </summary>
public sealed record SectionMatch(IReadOnlyList<int> Old, IReadOnlyList<int> New);
