using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Replicas;

/// <summary>
/// Contexts for queries: from the read replicas (<c>ConnectionStrings:CountryRelationsReplicas</c>, a multi-host
/// connection string that prefers standbys) when there are any, else from the primary. Writes, verification and
/// anything that must see its own write use the primary's factory directly, or <see cref="Primary"/>: contexts of the
/// same kind that always read from the primary, handed explicitly to the readers that need them (the importer's
/// decisions, the live feed).
/// </summary>
public sealed class ReadContexts(IDbContextFactory<CountryRelationsDbContext> primary, IDbContextFactory<CountryRelationsDbContext>? replicas = null)
{
    // The route travels with the request's async flow into every resolver and loader, which are singletons.
    private static readonly AsyncLocal<ReadRoute?> Current = new();

    /// <summary>True when queries may go to standbys.</summary>
    public bool HasReplicas => replicas is not null;

    /// <summary>Starts the route of a request (and of the work it awaits): replicas unless it says otherwise.</summary>
    public static ReadRoute Begin(WritePosition? readAfter = null) => Current.Value = new ReadRoute { ReadAfter = readAfter };

    /// <summary>Contexts that always read from the primary, whatever the request's route: for work that follows a write.</summary>
    public ReadContexts Primary => replicas is null ? this : _primaryOnly ??= new ReadContexts(primary);

    private ReadContexts? _primaryOnly;

    /// <summary>
    /// A context for a query. With a write position to honour, a standby that has not replayed that far is let go and
    /// the rest of the request reads from the primary, so a client always sees its own writes.
    /// </summary>
    public async Task<CountryRelationsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        var route = Current.Value;
        if (replicas is null || route?.Primary == true)
        {
            return await primary.CreateDbContextAsync(cancellationToken);
        }

        var db = await replicas.CreateDbContextAsync(cancellationToken);
        if (route?.ReadAfter is not { } position)
        {
            return db;
        }

        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var text = position.ToString();
            // NULL means the connection reached the primary (prefer-standby found none): it has every write.
            var caughtUp = await db.Database
                .SqlQuery<bool>($"SELECT coalesce(pg_last_wal_replay_lsn() >= {text}::pg_lsn, true) AS \"Value\"")
                .SingleAsync(cancellationToken);
            if (caughtUp)
            {
                return db;
            }
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        await db.DisposeAsync();
        route.Primary = true;
        return await primary.CreateDbContextAsync(cancellationToken);
    }
}
