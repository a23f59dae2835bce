using CountryRelations.Caching;
using CountryRelations.Persistence;
using CountryRelations.Profiles;
using CountryRelations.Revisions;
using CountryRelations.Topics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CountryRelations.History;

/// <summary>
/// Revisions by id with their sections, read in one round trip (two statements in one batch) straight from Npgsql on
/// the context's connection (inside its transaction, if one is open), with their profiles. The one loader of whole
/// rows: the read path's cache-miss load (profiles from memory where held) and a write's read-back (no cache: what a
/// transaction read is not known to be committed). EF Core's split include took four statements.
/// </summary>
internal static class RevisionRows
{
    private const string Revisions = $"SELECT {RevisionColumns.List} FROM revisions WHERE id = ANY($1)";

    private const string Sections = "SELECT id, revision_id, position, topic, heading, body FROM sections WHERE revision_id = ANY($1) ORDER BY revision_id, position";

    public static async Task<List<Revision>> LoadAsync(CountryRelationsDbContext db, HistoryCache? cache, long[] ids, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(Revisions) { Parameters = { new NpgsqlParameter<long[]> { TypedValue = ids } } },
                new NpgsqlBatchCommand(Sections) { Parameters = { new NpgsqlParameter<long[]> { TypedValue = ids } } },
            },
        };
        var rows = new List<Revision>(ids.Length);
        var sections = new Dictionary<long, List<Section>>(ids.Length);
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new Revision
                {
                    Id = reader.GetInt64(0),
                    ProfileId = reader.GetInt64(1),
                    Sequence = reader.GetInt32(2),
                    Kind = Enum.Parse<RevisionKind>(reader.GetString(3)),
                    PublishedOn = reader.GetFieldValue<DateOnly>(4),
                    EffectiveFrom = reader.GetFieldValue<DateOnly>(5),
                    SystemPeriod = reader.GetFieldValue<NpgsqlRange<DateTime>>(6),
                    CorrectsRevisionId = reader.IsDBNull(7) ? null : reader.GetInt64(7),
                    SourceUrl = reader.IsDBNull(8) ? null : reader.GetString(8),
                    SourceSha256 = reader.IsDBNull(9) ? null : reader.GetString(9),
                    RecordedBy = reader.GetString(10),
                    ChangeNote = reader.IsDBNull(11) ? null : reader.GetString(11),
                    ContentSha256 = reader.IsDBNull(12) ? null : reader.GetString(12),
                    PreviousSha256 = reader.IsDBNull(13) ? null : reader.GetString(13),
                    SealSha256 = reader.IsDBNull(14) ? null : reader.GetString(14),
                    DatePrecision = Enum.Parse<Dates.DatePrecision>(reader.GetString(15)),
                });
                sections[rows[^1].Id] = rows[^1].Sections;
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sections[reader.GetInt64(1)].Add(new Section
                {
                    Id = reader.GetInt64(0),
                    RevisionId = reader.GetInt64(1),
                    Position = reader.GetInt32(2),
                    Topic = Enum.Parse<Topic>(reader.GetString(3)),
                    Heading = reader.GetString(4),
                    Body = reader.GetString(5),
                });
            }
        }

        var profiles = await ProfilesAsync(db, cache, rows.Select(r => r.ProfileId).Distinct().ToList(), cancellationToken);
        foreach (var row in rows)
        {
            row.AttachProfile(profiles[row.ProfileId]);
        }

        return rows;
    }

    private static async Task<Dictionary<long, Profile>> ProfilesAsync(CountryRelationsDbContext db, HistoryCache? cache, List<long> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, Profile>(ids.Count);
        var missing = new List<long>();
        foreach (var id in ids)
        {
            if (cache is not null && cache.TryGetProfile(id, out var profile))
            {
                found[id] = profile;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var profile in await db.Profiles.Include(p => p.Publisher).Include(p => p.Country).Where(p => missing.Contains(p.Id)).ToListAsync(cancellationToken))
            {
                cache?.Add(profile);
                found[profile.Id] = profile;
            }
        }

        return found;
    }
}
