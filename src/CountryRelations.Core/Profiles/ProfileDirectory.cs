using CountryRelations.Persistence;
using CountryRelations.Publishers;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Profiles;

/// <summary>Lists of what the store holds: profiles and publishers.</summary>
public sealed class ProfileDirectory(IDbContextFactory<CountryRelationsDbContext> contexts)
{
    /// <summary>Profiles, optionally of one country, ordered by country, publisher and language.</summary>
    public async Task<IReadOnlyList<Profile>> ProfilesAsync(string? countryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Profiles.Include(p => p.Publisher).Include(p => p.Country)
            .Where(p => countryCode == null || p.CountryCode == countryCode)
            .OrderBy(p => p.CountryCode).ThenBy(p => p.Publisher.Code).ThenBy(p => p.Language)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every publisher, ordered by code.</summary>
    public async Task<IReadOnlyList<Publisher>> PublishersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Publishers.OrderBy(p => p.Code).ToListAsync(cancellationToken);
    }
}
