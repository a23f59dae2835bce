using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Profiles;
using CountryRelations.Revisions;
using CountryRelations.Topics;

namespace CountryRelations.Comparison;

/// <summary>The auditors' questions over stored history: what changed between two revisions, in one topic, in a period, silently.</summary>
public sealed class ComparisonQueries(AsOfQuery history)
{
    /// <summary>Compares two revision rows by id (current or superseded, e.g. a revision and its correction).</summary>
    public async Task<RevisionComparison> CompareAsync(long fromId, long toId, CancellationToken cancellationToken = default)
    {
        var from = await history.FindAsync(fromId, cancellationToken) ?? throw NotFound(fromId);
        var to = await history.FindAsync(toId, cancellationToken) ?? throw NotFound(toId);
        return RevisionComparer.Compare(from, to);
    }

    /// <summary>
    /// Compares the revisions of <paramref name="profile"/> in force on <paramref name="from"/> and <paramref name="to"/>;
    /// null when nothing was in force on <paramref name="to"/>. With nothing in force on <paramref name="from"/>, every section is added.
    /// </summary>
    public async Task<RevisionComparison?> CompareProfileAsync(Profile profile, DateOnly from, DateOnly to, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        if (from > to)
        {
            throw new DomainException(ErrorCodes.InvalidDate, $"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}.");
        }

        var newer = await history.InForceAsync(profile.Id, to, knownAt, cancellationToken);
        if (newer is null)
        {
            return null;
        }

        var older = await history.InForceAsync(profile.Id, from, knownAt, cancellationToken);
        return RevisionComparer.Compare(older, newer);
    }

    /// <summary>Every revision of <paramref name="profile"/> in which <paramref name="topic"/>'s sections changed, oldest first, each compared to the one before.</summary>
    public async Task<IReadOnlyList<RevisionComparison>> TopicHistoryAsync(Profile profile, Topic topic, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        var timeline = await history.TimelineAsync(profile.Id, null, null, knownAt, cancellationToken);
        var changes = new List<RevisionComparison>();
        Revision? previous = null;
        foreach (var entry in timeline)
        {
            var comparison = RevisionComparer.Compare(previous, entry.Revision, topic);
            if (comparison.Summary.HasChanges)
            {
                changes.Add(comparison);
            }

            previous = entry.Revision;
        }

        return changes;
    }

    /// <summary>
    /// Revisions across profiles that took effect in [<paramref name="since"/>, <paramref name="until"/>], newest first, each
    /// compared to the revision it replaced; with <paramref name="topic"/>, only revisions that changed that topic.
    /// </summary>
    public async Task<IReadOnlyList<RevisionComparison>> ChangesAsync(
        DateOnly since, DateOnly until, Topic? topic, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        if (since > until)
        {
            throw new DomainException(ErrorCodes.InvalidDate, $"since {since:yyyy-MM-dd} is after until {until:yyyy-MM-dd}.");
        }

        var revisions = await history.EffectiveBetweenAsync(since, until, knownAt, kind: null, cancellationToken);
        return await CompareWithPredecessorsAsync(revisions, topic, knownAt, cancellationToken);
    }

    /// <summary>Silent edits (changed text, same stated date) that took effect since <paramref name="since"/>, each compared to the revision it replaced.</summary>
    public async Task<IReadOnlyList<RevisionComparison>> SilentEditsAsync(DateOnly since, DateOnly until, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        var revisions = await history.EffectiveBetweenAsync(since, until, knownAt, RevisionKind.SilentEdit, cancellationToken);
        return await CompareWithPredecessorsAsync(revisions, topic: null, knownAt, cancellationToken);
    }

    /// <summary>The figures each revision of <paramref name="profile"/> reported, oldest revision first, optionally one kind and one topic only.</summary>
    public async Task<IReadOnlyList<ReportedFigure>> FiguresAsync(
        Profile profile, FigureKind? kind, Topic? topic, DateTime knownAt, CancellationToken cancellationToken = default)
    {
        var timeline = await history.TimelineAsync(profile.Id, null, null, knownAt, cancellationToken);
        var figures = new List<ReportedFigure>();
        foreach (var revision in timeline.Select(e => e.Revision))
        {
            foreach (var section in revision.Sections.Where(s => topic is null || s.Topic == topic))
            {
                var sentences = Sentences.Split(section.Body);
                figures.AddRange(FigureReader.Read(section.Body)
                    .Where(f => kind is null || f.Kind == kind)
                    .Select(f => new ReportedFigure(revision, section, f, Sentences.At(section.Body, sentences, f.Start))));
            }
        }

        return figures;
    }

    private async Task<IReadOnlyList<RevisionComparison>> CompareWithPredecessorsAsync(
        IReadOnlyList<Revision> revisions, Topic? topic, DateTime knownAt, CancellationToken cancellationToken)
    {
        var comparisons = new List<RevisionComparison>(revisions.Count);
        foreach (var revision in revisions)
        {
            var predecessor = await history.PredecessorAsync(revision, knownAt, cancellationToken);
            var comparison = RevisionComparer.Compare(predecessor, revision, topic);
            if (topic is null || comparison.Summary.HasChanges)
            {
                comparisons.Add(comparison);
            }
        }

        return comparisons;
    }

    private static DomainException NotFound(long id) => new(ErrorCodes.RevisionNotFound, $"No revision has the id {id}.");
}
