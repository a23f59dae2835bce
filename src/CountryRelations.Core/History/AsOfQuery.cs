using CountryRelations.Persistence;
using CountryRelations.Revisions;
using CountryRelations.Topics;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.History;

/// <summary>
/// Bitemporal reads. "As of" is valid time: the revision in force on a date is the one with the latest
/// effective date not after it. "Known at" is system time: only rows whose system period contains that
/// instant count, so a query with an earlier knownAt sees what this database said before a correction.
/// </summary>
public sealed class AsOfQuery(IDbContextFactory<CountryRelationsDbContext> contexts)
{
    /// <summary>The revision of <paramref name="profileId"/> in force on <paramref name="asOf"/> as known at <paramref name="knownAt"/>.</summary>
    public async Task<Revision?> InForceAsync(long profileId, DateOnly asOf, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WithDetails(Known(db.Revisions, knownAt))
            .Where(r => r.ProfileId == profileId && r.EffectiveFrom <= asOf)
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The revision in force on <paramref name="asOf"/> for every profile matching the filters, one index probe per
    /// profile (a LATERAL join over <c>ix_revisions_as_of</c>). Profiles with nothing in force yet are left out.
    /// </summary>
    public async Task<IReadOnlyList<Revision>> InForceAcrossAsync(
        DateOnly asOf,
        DateTime knownAt,
        IReadOnlyCollection<string>? countryCodes = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = countryCodes?.ToArray();
        var ids = await db.Database.SqlQuery<long>(
                $"""
                SELECT r.id AS "Value"
                FROM profiles p
                CROSS JOIN LATERAL (
                    SELECT r.id FROM revisions r
                    WHERE r.profile_id = p.id AND r.effective_from <= {asOf} AND r.system_period @> {knownAt}
                    ORDER BY r.effective_from DESC, r.sequence DESC
                    LIMIT 1) r
                WHERE ({codes}::text[] IS NULL OR p.country_code = ANY({codes}::text[]))
                """)
            .ToListAsync(cancellationToken);
        var revisions = await WithDetails(db.Revisions).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return revisions.OrderBy(r => r.Profile.CountryCode).ThenBy(r => r.Profile.Publisher.Code).ThenBy(r => r.Profile.Language).ToList();
    }

    /// <summary>
    /// The profile's timeline as known at <paramref name="knownAt"/>, oldest first: every revision whose validity
    /// overlaps [<paramref name="from"/>, <paramref name="to"/>], with the date each stopped being in force.
    /// </summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(
        long profileId, DateOnly? from, DateOnly? to, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var revisions = await WithDetails(Known(db.Revisions, knownAt))
            .Where(r => r.ProfileId == profileId)
            .OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Sequence)
            .ToListAsync(cancellationToken);
        var entries = new List<TimelineEntry>(revisions.Count);
        for (var i = 0; i < revisions.Count; i++)
        {
            var validUntil = i + 1 < revisions.Count ? revisions[i + 1].EffectiveFrom : (DateOnly?)null;
            var startsInRange = to is null || revisions[i].EffectiveFrom <= to;
            var endsInRange = from is null || validUntil is null || validUntil > from;
            if (startsInRange && endsInRange)
            {
                entries.Add(new TimelineEntry(revisions[i], validUntil));
            }
        }

        return entries;
    }

    /// <summary>The first day a later revision replaced <paramref name="revision"/>, as known at <paramref name="knownAt"/>.</summary>
    public async Task<DateOnly?> ValidUntilAsync(Revision revision, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Known(db.Revisions, knownAt)
            .Where(r => r.ProfileId == revision.ProfileId && r.EffectiveFrom > revision.EffectiveFrom)
            .OrderBy(r => r.EffectiveFrom)
            .Select(r => (DateOnly?)r.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One topic's sections across profiles as of a date.</summary>
    public async Task<IReadOnlyList<TopicSection>> TopicAsync(
        Topic topic, DateOnly asOf, DateTime knownAt, IReadOnlyCollection<string>? countryCodes, CancellationToken cancellationToken = default)
    {
        var revisions = await InForceAcrossAsync(asOf, knownAt, countryCodes, cancellationToken);
        return revisions
            .SelectMany(r => r.Sections.Where(s => s.Topic == topic).Select(s => new TopicSection(r, s)))
            .ToList();
    }

    /// <summary>
    /// Revisions across profiles (as known at <paramref name="knownAt"/>) that took effect between <paramref name="since"/>
    /// and <paramref name="until"/> inclusive, newest first; with <paramref name="kind"/>, only that kind.
    /// </summary>
    public async Task<IReadOnlyList<Revision>> EffectiveBetweenAsync(
        DateOnly since, DateOnly until, DateTime knownAt, RevisionKind? kind = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WithDetails(Known(db.Revisions, knownAt))
            .Where(r => r.EffectiveFrom >= since && r.EffectiveFrom <= until && (kind == null || r.Kind == kind))
            .OrderByDescending(r => r.EffectiveFrom).ThenBy(r => r.ProfileId).ThenByDescending(r => r.Sequence)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The revision that was in force just before <paramref name="revision"/> took effect, as known at <paramref name="knownAt"/>.</summary>
    public Task<Revision?> PredecessorAsync(Revision revision, DateTime knownAt, CancellationToken cancellationToken = default) =>
        InForceAsync(revision.ProfileId, revision.EffectiveFrom.AddDays(-1), knownAt, cancellationToken);

    /// <summary>Loads a revision by id with its sections and profile, whether current or superseded.</summary>
    public async Task<Revision?> FindAsync(long revisionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WithDetails(db.Revisions).SingleOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
    }

    /// <summary>The rows that corrected <paramref name="revisionId"/>, directly or through later corrections, oldest first.</summary>
    public async Task<IReadOnlyList<Revision>> CorrectionsOfAsync(long revisionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chain = new List<Revision>();
        long? next = revisionId;
        while (next is { } id && await WithDetails(db.Revisions).SingleOrDefaultAsync(r => r.CorrectsRevisionId == id, cancellationToken) is { } correction)
        {
            chain.Add(correction);
            next = correction.Id;
        }

        return chain;
    }

    private static IQueryable<Revision> Known(IQueryable<Revision> revisions, DateTime knownAt) =>
        revisions.Where(r => r.SystemPeriod.Contains(knownAt));

    private static IQueryable<Revision> WithDetails(IQueryable<Revision> revisions) =>
        revisions
            .Include(r => r.Sections.OrderBy(s => s.Position))
            .Include(r => r.Profile).ThenInclude(p => p.Publisher)
            .Include(r => r.Profile).ThenInclude(p => p.Country)
            .AsSplitQuery();
}
