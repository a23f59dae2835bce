using CountryRelations.Paging;
using CountryRelations.Persistence;
using CountryRelations.Replicas;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.History;

/// <summary>
/// A profile's timeline as known at an instant, oldest first: every revision whose validity overlaps a period, with the
/// date each stopped being in force. The keys alone are read (short even for a long history) and cut in memory; only
/// the rows shown are loaded.
/// </summary>
public sealed class ProfileTimeline(ReadContexts contexts, RevisionLoader loader)
{
    private const string TimelineList = "revisions";

    /// <summary>The same timeline read from the primary: what is stored decides what is written, and a standby may lag.</summary>
    public ProfileTimeline OnPrimary() => new(contexts.Primary, loader.OnPrimary());

    /// <summary>
    /// The profile's timeline as known at <paramref name="knownAt"/>, oldest first: every revision whose validity
    /// overlaps [<paramref name="from"/>, <paramref name="to"/>], with the date each stopped being in force.
    /// </summary>
    public async Task<IReadOnlyList<TimelineEntry>> ListAsync(
        long profileId, DateOnly? from, DateOnly? to, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await RowsAsync(db, profileId, from, to, knownAt, cancellationToken);
        var found = await loader.LoadAsync(db, rows.Select(r => r.Version).ToList(), cancellationToken);
        return rows.Select(r => new TimelineEntry(found[r.Version.Id], r.ValidUntil)).ToList();
    }

    /// <summary>
    /// The revisions of the timeline (<see cref="ListAsync"/>, whole) that state <paramref name="publishedOn"/> or were
    /// read from the document with <paramref name="sourceSha256"/>, in timeline order: what an import decides on. The
    /// database filters, so the answer's cost follows the matches, not the length of the history.
    /// </summary>
    public async Task<IReadOnlyList<Revision>> OfDateOrDocumentAsync(
        long profileId, DateOnly publishedOn, string sourceSha256, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await RevisionLoader.Known(db.Revisions, knownAt)
            .Where(r => r.ProfileId == profileId && (r.PublishedOn == publishedOn || r.SourceSha256 == sourceSha256))
            .OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Sequence)
            .Select(r => new { r.Id, r.SystemPeriod })
            .ToListAsync(cancellationToken);
        var versions = keys.Select(k => new RevisionVersion(k.Id, k.SystemPeriod)).ToList();
        var found = await loader.LoadAsync(db, versions, cancellationToken);
        return versions.Select(v => found[v.Id]).ToList();
    }

    /// <summary>
    /// A page of <see cref="ListAsync"/> in <paramref name="order"/>, keyed by (effective date, sequence), so cursors
    /// stay valid as revisions are added.
    /// </summary>
    public async Task<Page<Revision>> PageAsync(
        long profileId, DateOnly? from, DateOnly? to, DateTime knownAt, Chronology order, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var timeline = await RowsAsync(db, profileId, from, to, knownAt, cancellationToken);
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
                    var past = Cursor.DecodeDated(cursor, TimelineList);
                    var descending = (order == Chronology.NewestFirst) != backward;
                    ordered = ordered.Where(r => past.IsPassedBy(r.EffectiveFrom, r.Sequence, descending));
                }

                return Task.FromResult<IReadOnlyList<TimelineRow>>(ordered.Take(limit).ToList());
            },
            () => Task.FromResult(timeline.Count));
        var found = await loader.LoadAsync(db, keys.Items.Select(i => i.Node.Version).ToList(), cancellationToken);
        return keys.Select(r => found[r.Version.Id]);
    }

    private static async Task<List<TimelineRow>> RowsAsync(
        CountryRelationsDbContext db, long profileId, DateOnly? from, DateOnly? to, DateTime knownAt, CancellationToken cancellationToken)
    {
        var keys = await RevisionLoader.Known(db.Revisions, knownAt)
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
}
