using CountryRelations.Replicas;
using CountryRelations.Paging;
using CountryRelations.Persistence;
using CountryRelations.Publishers;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Profiles;

/// <summary>Lists of what the store holds: profiles and publishers.</summary>
public sealed class ProfileDirectory(ReadContexts contexts)
{
    private const string ProfilesList = "profiles";

    /// <summary>
    /// A page of the profiles matching <paramref name="filter"/>, ordered by country, publisher code and language, read by
    /// keyset on that triple (no OFFSET), with the total count.
    /// </summary>
    public Task<Page<Profile>> PageAsync(ProfileFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Keyset.PageAsync<Profile>(
            page,
            p => Cursor.Encode(ProfilesList, p.CountryCode, p.Publisher.Code, p.Language),
            async (cursor, backward, limit) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var query = filter.Apply(db.Profiles);
                if (cursor is not null)
                {
                    var key = Cursor.Decode(cursor, ProfilesList, 3);
                    var (country, publisher, language) = (key[0], key[1], key[2]);

                    // Row comparison, so PostgreSQL compares the triple exactly as ORDER BY sorts it.
                    var beyond = backward
                        ? db.Profiles.FromSql($"SELECT p.* FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id WHERE (p.country_code, pub.code, p.language) < ({country}, {publisher}, {language})")
                        : db.Profiles.FromSql($"SELECT p.* FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id WHERE (p.country_code, pub.code, p.language) > ({country}, {publisher}, {language})");
                    query = query.Where(p => beyond.Any(b => b.Id == p.Id));
                }

                query = backward
                    ? query.OrderByDescending(p => p.CountryCode).ThenByDescending(p => p.Publisher.Code).ThenByDescending(p => p.Language)
                    : query.OrderBy(p => p.CountryCode).ThenBy(p => p.Publisher.Code).ThenBy(p => p.Language);
                return await query.Include(p => p.Publisher).Include(p => p.Country).Take(limit).ToListAsync(cancellationToken);
            },
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                return await filter.Apply(db.Profiles).CountAsync(cancellationToken);
            });

    /// <summary>Every publisher, ordered by code.</summary>
    public async Task<IReadOnlyList<Publisher>> PublishersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Publishers.OrderBy(p => p.Code).ToListAsync(cancellationToken);
    }
}
