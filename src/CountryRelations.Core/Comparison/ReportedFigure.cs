using CountryRelations.Revisions;

namespace CountryRelations.Comparison;

/// <summary>A figure as one revision of a profile reported it, with where it came from.</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Section">The section holding the figure.</param>
/// <param name="Figure">The figure, as written and as a number.</param>
/// <param name="Sentence">The sentence holding the figure.</param>
public sealed record ReportedFigure(Revision Revision, Section Section, Figure Figure, string Sentence);
