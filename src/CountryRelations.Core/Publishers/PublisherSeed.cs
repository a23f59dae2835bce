using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Publishers;

/// <summary>
/// Brings the shipped registry (<see cref="ForeignMinistries"/>) into the publishers table, as the schema owner after
/// migrating: a publisher missing from the table is added; one whose facts were never filled in (no hosts: the two
/// the store began with) gets them; one an editor registered or amended is left as it is.
/// </summary>
public static class PublisherSeed
{
    /// <summary>Applies the shipped registry in one transaction; returns how many publishers were added or filled in.</summary>
    public static async Task<int> ApplyAsync(CountryRelationsDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.Publishers.AsTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
        var claimed = stored.Values.SelectMany(p => p.Hosts).ToHashSet(StringComparer.Ordinal);
        var changed = 0;
        foreach (var definition in ForeignMinistries.All)
        {
            // A host an editor already gave another publisher stays theirs.
            var hosts = definition.Hosts.Select(h => HostPattern.Parse(h).Text).Distinct(StringComparer.Ordinal).Where(h => !claimed.Contains(h)).ToArray();
            if (stored.TryGetValue(definition.Code, out var row))
            {
                if (row.Hosts.Length > 0)
                {
                    continue;
                }
            }
            else
            {
                row = new Publisher { Code = definition.Code, Name = definition.Name };
                db.Publishers.Add(row);
            }

            row.Name = definition.Name;
            row.Government = definition.Government;
            row.Website = definition.Website;
            row.Hosts = hosts;
            row.Languages = [.. definition.Languages];
            row.Source = definition.Source;
            claimed.UnionWith(hosts);
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}
