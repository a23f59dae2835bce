using CountryRelations.Caching;
using CountryRelations.Paging;
using CountryRelations.Persistence;
using CountryRelations.Profiles;
using CountryRelations.Replicas;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CountryRelations.History;

/// <summary>
/// Bitemporal reads. "As of" is valid time: the revision in force on a date is the one with the latest
/// effective date not after it. "Known at" is system time: only rows whose system period contains that
/// instant count, so a query with an earlier knownAt sees what this database said before a correction.
/// Each statement finds ids and system periods only; the rows themselves come from <see cref="HistoryCache"/> when
/// it holds them, since recorded content never changes.
/// </summary>
public sealed class AsOfQuery(ReadContexts contexts, HistoryCache cache)
{
    /// <summary>The revision of <paramref name="profileId"/> in force on <paramref name="asOf"/> as known at <paramref name="knownAt"/>.</summary>
    public async Task<Revision?> InForceAsync(long profileId, DateOnly asOf, DateTime knownAt, CancellationToken cancellationToken = default) =>
        (await InForceOfProfilesAsync([profileId], asOf, knownAt, cancellationToken)).GetValueOrDefault(profileId);

    /// <summary>The revision in force on <paramref name="asOf"/> of each of <paramref name="profileIds"/>, by profile id, in two statements.</summary>
    public async Task<IReadOnlyDictionary<long, Revision>> InForceOfProfilesAsync(
        IReadOnlyCollection<long> profileIds, DateOnly asOf, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await VersionsAsync(
            db,
            "SELECT r.id, r.system_period FROM unnest($1) AS p(id) CROSS JOIN LATERAL revision_in_force(p.id, $2, $3) r",
            [new NpgsqlParameter<long[]> { TypedValue = [.. profileIds] }, new NpgsqlParameter<DateOnly> { TypedValue = asOf }, new NpgsqlParameter<DateTime> { TypedValue = knownAt }],
            cancellationToken);
        return (await LoadAsync(db, versions, cancellationToken)).Values.ToDictionary(r => r.ProfileId);
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
    /// <paramref name="knownAt"/> (absent for a profile's first revision). Three statements for any number.
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
        var found = await LoadAsync(db, pairs.Select(p => new RevisionVersion(p.Id, p.SystemPeriod)).ToList(), cancellationToken);
        return pairs.Where(p => found.ContainsKey(p.Id)).ToDictionary(p => p.From, p => found[p.Id]);
    }

    /// <summary>Revisions by id with their sections and profile, current or superseded.</summary>
    public async Task<IReadOnlyDictionary<long, Revision>> FindManyAsync(IReadOnlyCollection<long> revisionIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindManyAsync(db, revisionIds.ToArray(), cancellationToken);
    }

    private async Task<Dictionary<long, Revision>> FindManyAsync(CountryRelationsDbContext db, long[] ids, CancellationToken cancellationToken) =>
        ids.Length == 0
            ? []
            : await LoadAsync(db, await db.Revisions.Where(r => ids.Contains(r.Id)).Select(r => new RevisionVersion(r.Id, r.SystemPeriod)).ToListAsync(cancellationToken), cancellationToken);

    // The hot statements go to Npgsql directly: EF Core's query pipeline costs more than the statement itself, and a
    // fixed text with positional parameters is what Npgsql's automatic preparation keeps prepared.
    private static async Task<List<RevisionVersion>> VersionsAsync(
        CountryRelationsDbContext db, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<RevisionVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new RevisionVersion(reader.GetInt64(0), reader.GetFieldValue<NpgsqlRange<DateTime>>(1)));
        }

        return versions;
    }

    /// <summary>
    /// The rows of <paramref name="versions"/> with their details: from the cache when held (with the period just read,
    /// which a correction may have closed since), else in one load that fills the cache.
    /// </summary>
    private async Task<Dictionary<long, Revision>> LoadAsync(CountryRelationsDbContext db, List<RevisionVersion> versions, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, Revision>(versions.Count);
        List<long>? missing = null;
        foreach (var version in versions)
        {
            if (cache.TryGetRevision(version.Id, out var cached))
            {
                var current = cached.WithSystemPeriod(version.SystemPeriod);
                if (!ReferenceEquals(current, cached))
                {
                    cache.Add(current);
                }

                found[version.Id] = current;
            }
            else
            {
                (missing ??= []).Add(version.Id);
            }
        }

        if (missing is not null)
        {
            foreach (var revision in await RevisionRows.LoadAsync(db, cache, missing.ToArray(), cancellationToken))
            {
                cache.Add(revision);
                found[revision.Id] = revision;
            }
        }

        return found;
    }

    /// <summary>For each of <paramref name="revisionIds"/>, every later correction of it, oldest first (corrections of corrections included).</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<Revision>>> CorrectionsOfManyAsync(
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
        var found = await FindManyAsync(db, links.Select(l => l.To).Distinct().ToArray(), cancellationToken);
        return links.GroupBy(l => l.From).ToDictionary(g => g.Key, g => (IReadOnlyList<Revision>)g.Select(l => found[l.To]).ToList());
    }

    /// <summary>
    /// The profile's timeline as known at <paramref name="knownAt"/>, oldest first: every revision whose validity
    /// overlaps [<paramref name="from"/>, <paramref name="to"/>], with the date each stopped being in force.
    /// </summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(
        long profileId, DateOnly? from, DateOnly? to, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await TimelineRowsAsync(db, profileId, from, to, knownAt, cancellationToken);
        var found = await LoadAsync(db, rows.Select(r => r.Version).ToList(), cancellationToken);
        return rows.Select(r => new TimelineEntry(found[r.Version.Id], r.ValidUntil)).ToList();
    }

    // The timeline's keys alone (no sections): short even for a long history, so it is cut in memory.
    private static async Task<List<TimelineRow>> TimelineRowsAsync(
        CountryRelationsDbContext db, long profileId, DateOnly? from, DateOnly? to, DateTime knownAt, CancellationToken cancellationToken)
    {
        var keys = await Known(db.Revisions, knownAt)
            .Where(r => r.ProfileId == profileId)
            .OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Sequence)
            .Select(r => new { r.Id, r.SystemPeriod, r.EffectiveFrom, r.Sequence })
            .ToListAsync(cancellationToken);
        var rows = new List<TimelineRow>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            var validUntil = i + 1 < keys.Count ? keys[i + 1].EffectiveFrom : (DateOnly?)null;
            var startsInRange = to is null || keys[i].EffectiveFrom <= to;
            var endsInRange = from is null || validUntil is null || validUntil > from;
            if (startsInRange && endsInRange)
            {
                rows.Add(new TimelineRow(new RevisionVersion(keys[i].Id, keys[i].SystemPeriod), keys[i].EffectiveFrom, keys[i].Sequence, validUntil));
            }
        }

        return rows;
    }

    private sealed record TimelineRow(RevisionVersion Version, DateOnly EffectiveFrom, int Sequence, DateOnly? ValidUntil);

    private const string TimelineList = "revisions";

    /// <summary>
    /// A page of <see cref="TimelineAsync"/> in <paramref name="order"/>, keyed by (effective date, sequence), so cursors
    /// stay valid as revisions are added. The timeline's keys are read whole and cut; only the page's rows are loaded.
    /// </summary>
    public async Task<Page<Revision>> TimelinePageAsync(
        long profileId, DateOnly? from, DateOnly? to, DateTime knownAt, Chronology order, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var timeline = await TimelineRowsAsync(db, profileId, from, to, knownAt, cancellationToken);
        if (order == Chronology.NewestFirst)
        {
            timeline.Reverse();
        }

        var keys = await Keyset.PageAsync<TimelineRow>(
            page,
            r => Cursor.EncodeDated(TimelineList, r.EffectiveFrom, r.Sequence),
            (cursor, backward, limit) =>
            {
                var ordered = backward ? Enumerable.Reverse(timeline) : timeline;
                if (cursor is not null)
                {
                    var (date, sequence) = Cursor.DecodeDated(cursor, TimelineList);
                    var descending = (order == Chronology.NewestFirst) != backward;
                    ordered = ordered.Where(r => descending
                        ? r.EffectiveFrom < date || r.EffectiveFrom == date && r.Sequence < sequence
                        : r.EffectiveFrom > date || r.EffectiveFrom == date && r.Sequence > sequence);
                }

                return Task.FromResult<IReadOnlyList<TimelineRow>>(ordered.Take(limit).ToList());
            },
            () => Task.FromResult(timeline.Count));
        var found = await LoadAsync(db, keys.Items.Select(i => i.Node.Version).ToList(), cancellationToken);
        return keys.Select(r => found[r.Version.Id]);
    }

    /// <summary>
    /// Revisions across profiles (as known at <paramref name="knownAt"/>) that took effect between <paramref name="since"/>
    /// and <paramref name="until"/> inclusive, ordered by (effective date, id), descending when <paramref name="descending"/>;
    /// with <paramref name="kind"/>, only that kind. A keyset read: at most <paramref name="limit"/> rows beyond
    /// <paramref name="after"/> (effective date, id) in that order.
    /// </summary>
    public async Task<IReadOnlyList<Revision>> EffectiveBetweenAsync(
        DateOnly since, DateOnly until, DateTime knownAt, RevisionKind? kind, ProfileFilter filter, (DateOnly Date, long Id)? after, bool descending, int limit,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = EffectiveBetween(db, since, until, knownAt, kind, filter);
        if (after is var (date, id))
        {
            rows = descending
                ? rows.Where(r => r.EffectiveFrom < date || r.EffectiveFrom == date && r.Id < id)
                : rows.Where(r => r.EffectiveFrom > date || r.EffectiveFrom == date && r.Id > id);
        }

        rows = descending
            ? rows.OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Id)
            : rows.OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Id);
        var versions = await rows.Take(limit).Select(r => new RevisionVersion(r.Id, r.SystemPeriod)).ToListAsync(cancellationToken);
        var found = await LoadAsync(db, versions, cancellationToken);
        return versions.Select(v => found[v.Id]).ToList();
    }

    /// <summary>How many revisions <see cref="EffectiveBetweenAsync"/> would list in all.</summary>
    public async Task<int> CountEffectiveBetweenAsync(
        DateOnly since, DateOnly until, DateTime knownAt, RevisionKind? kind, ProfileFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EffectiveBetween(db, since, until, knownAt, kind, filter).CountAsync(cancellationToken);
    }

    private static IQueryable<Revision> EffectiveBetween(
        CountryRelationsDbContext db, DateOnly since, DateOnly until, DateTime knownAt, RevisionKind? kind, ProfileFilter filter)
    {
        var rows = Known(db.Revisions, knownAt).Where(r => r.EffectiveFrom >= since && r.EffectiveFrom <= until && (kind == null || r.Kind == kind));
        if (filter.Narrows)
        {
            var profiles = filter.Apply(db.Profiles);
            rows = rows.Where(r => profiles.Any(p => p.Id == r.ProfileId));
        }

        return rows;
    }

    /// <summary>Loads a revision by id with its sections and profile, whether current or superseded.</summary>
    public async Task<Revision?> FindAsync(long revisionId, CancellationToken cancellationToken = default) =>
        (await FindManyAsync([revisionId], cancellationToken)).GetValueOrDefault(revisionId);

    private static IQueryable<Revision> Known(IQueryable<Revision> revisions, DateTime knownAt) =>
        revisions.Where(r => r.SystemPeriod.Contains(knownAt));
}
