using CountryRelations.Dates;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Paging;
using CountryRelations.Profiles;
using CountryRelations.Revisions;
using CountryRelations.Topics;

namespace CountryRelations.Comparison;

/// <summary>The auditors' questions over stored history: what changed between two revisions, in one topic, in a period, silently.</summary>
public sealed class ComparisonQueries(RevisionLoader revisions, RevisionInForce inForce, ProfileTimeline timelines, ChangesFeed changes)
{
    /// <summary>Compares two revision rows by id (current or superseded, e.g. a revision and its correction).</summary>
    public async Task<RevisionComparison> CompareAsync(long fromId, long toId, CancellationToken cancellationToken = default)
    {
        var from = await revisions.FindAsync(fromId, cancellationToken) ?? throw NotFound(fromId);
        var to = await revisions.FindAsync(toId, cancellationToken) ?? throw NotFound(toId);
        return RevisionComparer.Compare(from, to, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Compares the revisions of <paramref name="profile"/> in force on <paramref name="from"/> and <paramref name="to"/>;
    /// null when nothing was in force on <paramref name="to"/>. With nothing in force on <paramref name="from"/>, every section is added.
    /// </summary>
    public async Task<RevisionComparison?> CompareProfileAsync(Profile profile, DateOnly from, DateOnly to, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        DateOrder.Check(from, to);

        var newer = await inForce.OfProfileAsync(profile.Id, to, knownAt, cancellationToken);
        if (newer is null)
        {
            return null;
        }

        var older = await inForce.OfProfileAsync(profile.Id, from, knownAt, cancellationToken);
        return RevisionComparer.Compare(older, newer, cancellationToken: cancellationToken);
    }

    /// <summary>Every revision of <paramref name="profile"/> in which <paramref name="topic"/>'s sections changed, oldest first, each compared to the one before.</summary>
    public async Task<IReadOnlyList<RevisionComparison>> TopicHistoryAsync(Profile profile, Topic topic, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        var timeline = await timelines.ListAsync(profile.Id, null, null, knownAt, cancellationToken);
        var changes = new List<RevisionComparison>();
        Revision? previous = null;
        foreach (var entry in timeline)
        {
            var comparison = RevisionComparer.Compare(previous, entry.Revision, topic, cancellationToken);
            if (comparison.Summary.HasChanges)
            {
                changes.Add(comparison);
            }

            previous = entry.Revision;
        }

        return changes;
    }

    /// <summary>
    /// Revisions across profiles that took effect in [<paramref name="since"/>, <paramref name="until"/>] in
    /// <paramref name="order"/>, each compared to the revision it replaced; with <paramref name="topic"/>, only revisions
    /// that changed that topic. Only profiles matching <paramref name="filter"/>; with <paramref name="kind"/>, only that
    /// kind (<see cref="RevisionKind.SilentEdit"/> gives the silent edits).
    /// </summary>
    public Task<Page<RevisionComparison>> ChangesAsync(
        DateOnly since, DateOnly until, Topic? topic, RevisionKind? kind, ProfileFilter filter, DateTime knownAt, Chronology order, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        DateOrder.Check(since, until, "since", "until");

        return Keyset.PageAsync<RevisionComparison>(
            page,
            c => Cursor.EncodeDated(ChangesList, c.To.EffectiveFrom, c.To.Id),
            async (cursor, backward, limit) =>
            {
                DatedKey? after = cursor is null ? null : Cursor.DecodeDated(cursor, ChangesList);
                var comparisons = new List<RevisionComparison>(limit);

                // A topic filter can only be applied after comparing, so read on until the page is full.
                while (comparisons.Count < limit)
                {
                    var descending = (order == Chronology.NewestFirst) != backward;
                    var batch = await changes.ReadAsync(since, until, knownAt, kind, filter, after, descending, limit, cancellationToken);
                    var predecessors = await inForce.PredecessorsOfAsync(batch.Select(r => r.Id).ToList(), knownAt, cancellationToken);
                    foreach (var revision in batch)
                    {
                        var comparison = RevisionComparer.Compare(predecessors.GetValueOrDefault(revision.Id), revision, topic, cancellationToken);
                        if ((topic is null || comparison.Summary.HasChanges) && comparisons.Count < limit)
                        {
                            comparisons.Add(comparison);
                        }
                    }

                    if (batch.Count < limit)
                    {
                        break;
                    }

                    after = new DatedKey(batch[^1].EffectiveFrom, batch[^1].Id);
                }

                return (IReadOnlyList<RevisionComparison>)comparisons;
            },
            topic is null ? () => changes.CountAsync(since, until, knownAt, kind, filter, cancellationToken) : null);
    }

    private const string ChangesList = "changes";

    /// <summary>The figures each revision of <paramref name="profile"/> reported, oldest revision first, optionally one kind and one topic only.</summary>
    public async Task<IReadOnlyList<ReportedFigure>> FiguresAsync(
        Profile profile, FigureKind? kind, Topic? topic, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        var timeline = await timelines.ListAsync(profile.Id, null, null, knownAt, cancellationToken);
        var figures = new List<ReportedFigure>();
        foreach (var revision in timeline.Select(e => e.Revision))
        {
            foreach (var section in revision.Sections.Where(s => topic is null || s.Topic == topic))
            {
                var sentences = Sentences.Split(section.Body);
                figures.AddRange(FigureReader.Read(section.Body, profile.Language)
                    .Where(f => kind is null || f.Kind == kind)
                    .Select(f => new ReportedFigure(revision, section, f, Sentences.At(section.Body, sentences, f.Start))));
                if (figures.Count > HistoryLimits.MaxFigures)
                {
                    throw new DomainException(
                        ErrorCodes.TooManyFigures,
                        $"This profile's history holds more than {HistoryLimits.MaxFigures} figures of that kind: ask for one kind, one topic, or an earlier knownAt.");
                }
            }
        }

        return figures;
    }

    private static DomainException NotFound(long id) => new(ErrorCodes.RevisionNotFound, $"No revision has the id {id}.");
}
