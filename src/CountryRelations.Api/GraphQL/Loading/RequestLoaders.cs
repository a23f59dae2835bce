using System.Collections.Concurrent;
using CountryRelations.History;
using CountryRelations.Revisions;
using GraphQL.DataLoader;

namespace CountryRelations.Api.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request: whatever number of profiles or revisions a query lists, each of these
/// fields costs a fixed number of SQL statements per level instead of one per item.
/// </summary>
public sealed class RequestLoaders(RevisionLoader revisions, RevisionInForce inForce, RevisionCorrections corrections)
{
    private readonly ConcurrentDictionary<(DateOnly, DateTime), BatchLoader<long, Revision>> _inForce = new();
    private readonly ConcurrentDictionary<DateTime, BatchLoader<long, DateOnly?>> _validUntil = new();
    private readonly ConcurrentDictionary<DateTime, BatchLoader<long, Revision>> _predecessors = new();

    private BatchLoader<long, Revision>? _byId;
    private BatchLoader<long, IReadOnlyList<Revision>>? _corrections;

    /// <summary>The revision of a profile in force on <paramref name="asOf"/> as known at <paramref name="knownAt"/>.</summary>
    public IDataLoaderResult<Revision?> InForce(long profileId, DateOnly asOf, DateTime knownAt) =>
        _inForce.GetOrAdd((asOf, knownAt), key => new BatchLoader<long, Revision>((ids, ct) => inForce.OfProfilesAsync(ids, key.Item1, key.Item2, ct)))
            .Load(profileId);

    /// <summary>The first day a later revision replaced <paramref name="revision"/>, as known at <paramref name="knownAt"/>.</summary>
    public IDataLoaderResult<DateOnly?> ValidUntil(Revision revision, DateTime knownAt) =>
        _validUntil.GetOrAdd(knownAt, at => new BatchLoader<long, DateOnly?>((ids, ct) => inForce.ValidUntilOfAsync(ids, at, ct)))
            .Load(revision.Id);

    /// <summary>The revision in force the day before <paramref name="revision"/> took effect.</summary>
    public IDataLoaderResult<Revision?> Predecessor(Revision revision, DateTime knownAt) =>
        _predecessors.GetOrAdd(knownAt, at => new BatchLoader<long, Revision>((ids, ct) => inForce.PredecessorsOfAsync(ids, at, ct)))
            .Load(revision.Id);

    /// <summary>A revision row by id.</summary>
    public IDataLoaderResult<Revision?> ById(long revisionId) =>
        LazyInitializer.EnsureInitialized(ref _byId, () => new BatchLoader<long, Revision>((ids, ct) => revisions.FindManyAsync(ids, ct))).Load(revisionId);

    /// <summary>Every later correction of a row, oldest first.</summary>
    public IDataLoaderResult<IReadOnlyList<Revision>?> Corrections(long revisionId) =>
        LazyInitializer.EnsureInitialized(ref _corrections, () => new BatchLoader<long, IReadOnlyList<Revision>>((ids, ct) => corrections.OfManyAsync(ids, ct))).Load(revisionId);
}
