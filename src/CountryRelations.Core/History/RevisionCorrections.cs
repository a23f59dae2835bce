using CountryRelations.Replicas;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.History;

/// <summary>What later corrected a revision: every row that superseded it, and the rows that superseded those.</summary>
public sealed class RevisionCorrections(ReadContexts contexts, RevisionLoader loader)
{
    /// <summary>For each of <paramref name="revisionIds"/>, every later correction of it, oldest first (corrections of corrections included).</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<Revision>>> OfManyAsync(
        IReadOnlyCollection<long> revisionIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = revisionIds.ToArray();
        var links = await db.Database.SqlQuery<RevisionLink>(
                $"""
                WITH RECURSIVE chain ("From", "To", depth) AS (
                    SELECT c.corrects_revision_id, c.id, 1 FROM revisions c WHERE c.corrects_revision_id = ANY({ids})
                    UNION ALL
                    SELECT chain."From", c.id, chain.depth + 1 FROM revisions c JOIN chain ON c.corrects_revision_id = chain."To")
                SELECT "From", "To" FROM chain ORDER BY "From", depth
                """)
            .ToListAsync(cancellationToken);
        var found = await loader.FindManyAsync(db, links.Select(l => l.To).Distinct().ToArray(), cancellationToken);
        return links.GroupBy(l => l.From).ToDictionary(g => g.Key, g => (IReadOnlyList<Revision>)g.Select(l => found[l.To]).ToList());
    }
}
