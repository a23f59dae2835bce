using CountryRelations.Paging;
using CountryRelations.Persistence;
using CountryRelations.Profiles;
using CountryRelations.Replicas;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.History;

/// <summary>
/// Revisions across profiles that took effect in a period, as known at an instant, ordered by (effective date, id) and
/// read by keyset on that order through <c>ix_revisions_effective</c>.
/// </summary>
public sealed class ChangesFeed(ReadContexts contexts, RevisionLoader loader)
{
    /// <summary>
    /// Revisions (as known at <paramref name="knownAt"/>) that took effect between <paramref name="since"/> and
    /// <paramref name="until"/> inclusive, descending when <paramref name="descending"/>; with <paramref name="kind"/>,
    /// only that kind. At most <paramref name="limit"/> rows past <paramref name="after"/> in that order.
    /// </summary>
    public async Task<IReadOnlyList<Revision>> ReadAsync(
        DateOnly since, DateOnly until, DateTime knownAt, RevisionKind? kind, ProfileFilter filter, DatedKey? after, bool descending, int limit,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Effective(db, since, until, knownAt, kind, filter);
        if (after is { } past)
        {
            rows = rows.Where(past.PassedBy<Revision>(r => r.EffectiveFrom, r => r.Id, descending));
        }

        rows = descending
            ? rows.OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Id)
            : rows.OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Id);
        var versions = await rows.Take(limit).Select(r => new RevisionVersion(r.Id, r.SystemPeriod)).ToListAsync(cancellationToken);
        var found = await loader.LoadAsync(db, versions, cancellationToken);
        return versions.Select(v => found[v.Id]).ToList();
    }

    /// <summary>How many revisions <see cref="ReadAsync"/> would list in all.</summary>
    public async Task<int> CountAsync(
        DateOnly since, DateOnly until, DateTime knownAt, RevisionKind? kind, ProfileFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Effective(db, since, until, knownAt, kind, filter).CountAsync(cancellationToken);
    }

    private static IQueryable<Revision> Effective(
        CountryRelationsDbContext db, DateOnly since, DateOnly until, DateTime knownAt, RevisionKind? kind, ProfileFilter filter)
    {
        var rows = RevisionLoader.Known(db.Revisions, knownAt).Where(r => r.EffectiveFrom >= since && r.EffectiveFrom <= until && (kind == null || r.Kind == kind));
        if (filter.Narrows)
        {
            var profiles = filter.Apply(db.Profiles);
            rows = rows.Where(r => profiles.Any(p => p.Id == r.ProfileId));
        }

        return rows;
    }
}
