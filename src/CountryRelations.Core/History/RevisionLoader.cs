using CountryRelations.Caching;
using CountryRelations.Persistence;
using CountryRelations.Replicas;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CountryRelations.History;

/// <summary>
/// The one loader of whole revisions (sections and profile attached). Queries find ids and system periods only; the
/// rows come from <see cref="HistoryCache"/> when it holds them, since recorded content never changes, else from one
/// batched load (<see cref="RevisionRows"/>) that fills the cache. Verification and export read past the cache
/// (<see cref="LoadAsIsAsync"/>): they must see what the database holds now, tampering included.
/// </summary>
public sealed class RevisionLoader(ReadContexts contexts, HistoryCache cache)
{
    /// <summary>The same loader reading from the primary (for a row just committed there, which a standby may not have yet).</summary>
    public RevisionLoader OnPrimary() => new(contexts.Primary, cache);

    /// <summary>Revisions by id with their sections and profile, current or superseded.</summary>
    public async Task<IReadOnlyDictionary<long, Revision>> FindManyAsync(IReadOnlyCollection<long> revisionIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindManyAsync(db, revisionIds.ToArray(), cancellationToken);
    }

    /// <summary>A revision by id with its sections and profile, current or superseded.</summary>
    public async Task<Revision?> FindAsync(long revisionId, CancellationToken cancellationToken = default) =>
        (await FindManyAsync([revisionId], cancellationToken)).GetValueOrDefault(revisionId);

    internal async Task<Dictionary<long, Revision>> FindManyAsync(CountryRelationsDbContext db, long[] ids, CancellationToken cancellationToken) =>
        ids.Length == 0
            ? []
            : await LoadAsync(db, await db.Revisions.Where(r => ids.Contains(r.Id)).Select(r => new RevisionVersion(r.Id, r.SystemPeriod)).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// The rows of <paramref name="versions"/> with their details: from the cache when held (with the period just read,
    /// which a correction may have closed since), else in one load that fills the cache.
    /// </summary>
    internal async Task<Dictionary<long, Revision>> LoadAsync(CountryRelationsDbContext db, List<RevisionVersion> versions, CancellationToken cancellationToken)
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

    /// <summary>
    /// The rows <paramref name="ids"/> exactly as the database holds them now, on <paramref name="db"/>'s connection (and
    /// transaction): never from memory, and never remembered. Ordered by id.
    /// </summary>
    public static async Task<List<Revision>> LoadAsIsAsync(CountryRelationsDbContext db, long[] ids, CancellationToken cancellationToken) =>
        ids.Length == 0 ? [] : [.. (await RevisionRows.LoadAsync(db, cache: null, ids, cancellationToken)).OrderBy(r => r.Id)];

    // The hot statements go to Npgsql directly: EF Core's query pipeline costs more than the statement itself, and a
    // fixed text with positional parameters is what Npgsql's automatic preparation keeps prepared.
    internal static async Task<List<RevisionVersion>> VersionsAsync(
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

    /// <summary>Rows whose system period contains <paramref name="knownAt"/>: the history as this database told it then.</summary>
    internal static IQueryable<Revision> Known(IQueryable<Revision> revisions, DateTime knownAt) =>
        revisions.Where(r => r.SystemPeriod.Contains(knownAt));
}
