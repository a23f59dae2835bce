using CountryRelations.Replicas;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CountryRelations.History;

/// <summary>
/// Which revision was in force. "As of" is valid time: the revision in force on a date is the one with the latest
/// effective date not after it. "Known at" is system time: only rows whose system period contains that instant count,
/// so an earlier knownAt sees what this database said before a correction. The rule itself is the SQL function
/// <c>revision_in_force</c>; this class asks it, for one profile or many, and for a revision's neighbours.
/// </summary>
public sealed class RevisionInForce(ReadContexts contexts, RevisionLoader loader)
{
    /// <summary>The revision of <paramref name="profileId"/> in force on <paramref name="asOf"/> as known at <paramref name="knownAt"/>.</summary>
    public async Task<Revision?> OfProfileAsync(long profileId, DateOnly asOf, DateTime knownAt, CancellationToken cancellationToken = default) =>
        (await OfProfilesAsync([profileId], asOf, knownAt, cancellationToken)).GetValueOrDefault(profileId);

    /// <summary>The revision in force on <paramref name="asOf"/> of each of <paramref name="profileIds"/>, by profile id.</summary>
    public async Task<IReadOnlyDictionary<long, Revision>> OfProfilesAsync(
        IReadOnlyCollection<long> profileIds, DateOnly asOf, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await RevisionLoader.VersionsAsync(
            db,
            "SELECT r.id, r.system_period FROM unnest($1) AS p(id) CROSS JOIN LATERAL revision_in_force(p.id, $2, $3) r",
            [new NpgsqlParameter<long[]> { TypedValue = [.. profileIds] }, new NpgsqlParameter<DateOnly> { TypedValue = asOf }, new NpgsqlParameter<DateTime> { TypedValue = knownAt }],
            cancellationToken);
        return (await loader.LoadAsync(db, versions, cancellationToken)).Values.ToDictionary(r => r.ProfileId);
    }

    /// <summary>For each of <paramref name="revisionIds"/>, the first day a later revision of its profile took effect (as known at <paramref name="knownAt"/>).</summary>
    public async Task<IReadOnlyDictionary<long, DateOnly?>> ValidUntilOfAsync(
        IReadOnlyCollection<long> revisionIds, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = revisionIds.ToArray();
        var rows = await db.Database.SqlQuery<RevisionDate>(
                $"""
                SELECT c.id AS "RevisionId", n.effective_from AS "Date"
                FROM revisions c
                LEFT JOIN LATERAL (
                    SELECT r.effective_from FROM revisions r
                    WHERE r.profile_id = c.profile_id AND r.effective_from > c.effective_from AND r.system_period @> {knownAt}
                    ORDER BY r.effective_from
                    LIMIT 1) n ON true
                WHERE c.id = ANY({ids})
                """)
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.RevisionId, r => r.Date);
    }

    /// <summary>
    /// For each of <paramref name="revisionIds"/>, the revision in force just before it took effect, as known at
    /// <paramref name="knownAt"/> (absent for a profile's first revision).
    /// </summary>
    public async Task<IReadOnlyDictionary<long, Revision>> PredecessorsOfAsync(
        IReadOnlyCollection<long> revisionIds, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = revisionIds.ToArray();
        var pairs = await db.Database.SqlQuery<RevisionPredecessor>(
                $"""
                SELECT c.id AS "From", p.id AS "Id", p.system_period AS "SystemPeriod"
                FROM revisions c
                CROSS JOIN LATERAL revision_in_force(c.profile_id, c.effective_from - 1, {knownAt}) p
                WHERE c.id = ANY({ids})
                """)
            .ToListAsync(cancellationToken);
        var found = await loader.LoadAsync(db, pairs.Select(p => new RevisionVersion(p.Id, p.SystemPeriod)).ToList(), cancellationToken);
        return pairs.Where(p => found.ContainsKey(p.Id)).ToDictionary(p => p.From, p => found[p.Id]);
    }
}
