using CountryRelations.Revisions;

namespace CountryRelations.Search;

/// <summary>A section that matched, with its revision, rank and a highlighted extract.</summary>
/// <param name="Revision">The revision holding the section (profile loaded).</param>
/// <param name="Section">The section.</param>
/// <param name="Rank">PostgreSQL's cover-density rank (<c>ts_rank_cd</c>); higher is better, heading matches weigh more.</param>
/// <param name="Snippet">Up to two fragments of the body around the matches.</param>
public sealed record SearchHit(Revision Revision, Section Section, float Rank, IReadOnlyList<SnippetPart> Snippet);
