using System.Text.Json;
using CountryRelations.Errors;
using CountryRelations.Integrity;
using CountryRelations.Persistence;
using CountryRelations.Revisions;
using Npgsql;
using NpgsqlTypes;

namespace CountryRelations.Archive;

/// <summary>
/// Loads an archive into an empty, migrated database, rows exactly as archived, in one transaction as the owner:
/// binary COPY a batch at a time, the history's foreign keys, exclusion constraint and plain indexes set aside and put
/// back once every row is in, then the search index, its texts analysed in parallel.
/// </summary>
public static class ArchiveRestore
{
    private const int Batch = 500;

    /// <summary>
    /// Loads <paramref name="input"/> into an empty database as the schema owner (<paramref name="ownerConnectionString"/>),
    /// in one transaction, rows exactly as archived (ids, system periods, hashes, seals, checkpoints); refuses a
    /// database that already holds history. Returns how many revisions it loaded. An archive cut short, changed, or
    /// malformed is refused with a <c>RESTORE_…</c> code naming what and where, and nothing is restored (one transaction);
    /// a version 1 archive (no trailer) only with <paramref name="acceptWithoutTrailer"/>.
    /// </summary>
    public static async Task<int> RestoreAsync(
        Stream input, string ownerConnectionString, IProgress<int>? progress = null, bool acceptWithoutTrailer = false, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ScalarAsync<long>(connection, "SELECT (SELECT count(*) FROM revisions) + (SELECT count(*) FROM profiles)", cancellationToken) > 0)
        {
            throw new DomainException(ErrorCodes.RestoreTargetNotEmpty, "The database already holds history; restore only into an empty one.");
        }

        // Rows keep the instants they were recorded at and the periods corrections closed; the checks for hashes and
        // seals apply to new writes, and rows archived from before seals existed have none.
        await ExecuteAsync(connection, """
            ALTER TABLE revisions DISABLE TRIGGER revisions_stamp_system_time, DISABLE TRIGGER revisions_close_corrected,
                DISABLE TRIGGER revisions_move_head;
            ALTER TABLE sections DISABLE TRIGGER sections_index_search, DISABLE TRIGGER sections_join_head;
            ALTER TABLE revisions DROP CONSTRAINT ck_revisions_hashed, DROP CONSTRAINT ck_revisions_sealed;
            """, cancellationToken);
        await ExecuteAsync(connection, DeferChecksAndIndexes, cancellationToken);
        var publishers = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var existing = new NpgsqlCommand("SELECT code, id FROM publishers", connection))
        await using (var rows = await existing.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                publishers[rows.GetString(0)] = rows.GetInt32(1);
            }
        }

        var revisions = 0;
        var pending = new List<ArchivedRevision>();
        var pendingProfiles = new List<(ArchivedProfile Profile, int PublisherId)>();
        var profiles = new HashSet<long>();
        var revisionIds = new HashSet<long>();
        long number = 0;

        // The profiles listed so far, then the revisions: what a batch of revisions or a checkpoint needs in place first.
        async Task<int> CopyPendingAsync()
        {
            await CopyAsync(connection, pendingProfiles, cancellationToken);
            return await CopyAsync(connection, pending, cancellationToken);
        }

        try
        {
            await foreach (var (at, line) in ArchiveFormat.ReadAsync(input, acceptWithoutTrailer, cancellationToken))
            {
                number = at;
                Validate(line, number, publishers, profiles, revisionIds);
                switch (line)
                {
                    case ArchiveHeader header:
                        foreach (var (name, doneAt) in header.Backfills)
                        {
                            await ExecuteAsync(connection, "INSERT INTO history_backfills (name, done_at) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET done_at = EXCLUDED.done_at", cancellationToken, name, doneAt);
                        }

                        break;
                    case ArchivedPublisher publisher when !publishers.ContainsKey(publisher.Code):
                        publishers[publisher.Code] = await ScalarAsync<int>(connection, "INSERT INTO publishers (code, name, website, government, hosts, languages) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id", cancellationToken,
                            publisher.Code, publisher.Name, publisher.Website, publisher.Government, (publisher.Hosts ?? []).ToArray(), (publisher.Languages ?? []).ToArray());
                        break;
                    case ArchivedProfile profile:
                        profiles.Add(profile.Id);
                        pendingProfiles.Add((profile, publishers[profile.Publisher]));
                        if (pendingProfiles.Count == Batch)
                        {
                            await CopyAsync(connection, pendingProfiles, cancellationToken);
                        }

                        break;
                    case ArchivedRevision revision:
                        pending.Add(revision);
                        if (pending.Count == Batch)
                        {
                            revisions += await CopyPendingAsync();
                            progress?.Report(revisions);
                        }

                        break;
                    case ArchivedCheckpoint checkpoint:
                        revisions += await CopyPendingAsync();
                        await ExecuteAsync(connection, "INSERT INTO chain_checkpoints (id, profile_id, sequence, head_seal, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6, $7)", cancellationToken,
                            checkpoint.Id, checkpoint.ProfileId, checkpoint.Sequence, checkpoint.HeadSeal, checkpoint.SignedAt, checkpoint.KeyId, checkpoint.Signature);
                        break;
                }
            }

            revisions += await CopyPendingAsync();
        }
        catch (PostgresException refused) when (!DatabaseOutage.Is(refused) && refused.SqlState != PostgresErrorCodes.QueryCanceled)
        {
            // The database's own rules (unique ids, constraints, the chain's triggers) refused a row: said with the line
            // reached (rows are copied a batch at a time, so the row may be up to a batch earlier), not as a stack trace.
            throw new DomainException(ErrorCodes.RestoreInvalid, $"Around line {number}: the database refused a row ({refused.SqlState}: {Excerpt.Of(refused.MessageText)}). Nothing was restored.");
        }

        await ExecuteAsync(connection, IndexRestoredSections, cancellationToken);
        try
        {
            await ExecuteAsync(connection, RestoreChecksAndIndexes, cancellationToken);
        }
        catch (PostgresException refused) when (refused.SqlState is PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            // Checked once over every row, so no line can be named: the rule and the rows the database quotes instead.
            throw new DomainException(ErrorCodes.RestoreInvalid, $"Once every line was read, the rows broke a rule of the history ({refused.SqlState}: {Excerpt.Of(refused.MessageText)} {Excerpt.Of(refused.Detail ?? "")}). Nothing was restored.");
        }
        await ExecuteAsync(connection, """
            CALL profile_heads_rebuild();
            ALTER TABLE sections ENABLE TRIGGER sections_index_search, ENABLE TRIGGER sections_join_head;
            ALTER TABLE revisions ADD CONSTRAINT ck_revisions_hashed CHECK (content_sha256 IS NOT NULL) NOT VALID,
                ADD CONSTRAINT ck_revisions_sealed CHECK (seal_sha256 IS NOT NULL) NOT VALID;
            ALTER TABLE revisions ENABLE TRIGGER revisions_stamp_system_time, ENABLE TRIGGER revisions_close_corrected,
                ENABLE TRIGGER revisions_move_head;
            SELECT setval(pg_get_serial_sequence('revisions', 'id'), coalesce((SELECT max(id) FROM revisions), 1));
            SELECT setval(pg_get_serial_sequence('profiles', 'id'), coalesce((SELECT max(id) FROM profiles), 1));
            SELECT setval(pg_get_serial_sequence('sections', 'id'), coalesce((SELECT max(id) FROM sections), 1));
            SELECT setval(pg_get_serial_sequence('chain_checkpoints', 'id'), coalesce((SELECT max(id) FROM chain_checkpoints), 1));
            SELECT setval(pg_get_serial_sequence('publishers', 'id'), coalesce((SELECT max(id) FROM publishers), 1));
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(revisions);
        return revisions;
    }

    // What the archive's own lines must say of each other, checked before any row is written: the database would refuse
    // most of it too, but with a stack trace and no line number.
    private static void Validate(ArchiveLine line, long number, Dictionary<string, int> publishers, HashSet<long> profiles, HashSet<long> revisions)
    {
        string? problem = line switch
        {
            ArchivedPublisher p when string.IsNullOrWhiteSpace(p.Code) || string.IsNullOrWhiteSpace(p.Name) => "a publisher needs a code and a name",
            ArchivedProfile p when p.Publisher is null || !publishers.ContainsKey(p.Publisher) => $"profile {p.Id} names publisher \"{p.Publisher}\", which no earlier line defines",
            ArchivedProfile p when p.Country is null || p.Language is null => $"profile {p.Id} needs a country and a language",
            ArchivedProfile p when profiles.Contains(p.Id) => $"profile {p.Id} appears twice",
            ArchivedRevision r when !profiles.Contains(r.ProfileId) => $"revision {r.Id} belongs to profile {r.ProfileId}, which no earlier line defines",
            ArchivedRevision r when !revisions.Add(r.Id) => $"revision {r.Id} appears twice",
            ArchivedRevision r when r.Sections is null || r.Sections.Count == 0 || r.Sections.Any(s => s is null || s.Heading is null || s.Body is null || s.Topic is null) => $"revision {r.Id} has no sections, or a section without heading, body or topic",
            ArchivedRevision r when r.RecordedBy is null || r.Kind is null || !Enum.TryParse<RevisionKind>(r.Kind, out _) => $"revision {r.Id} needs a kind and who recorded it",
            ArchivedRevision r when r.DatePrecision is not (null or "Day" or "Month" or "Year") => $"revision {r.Id} has an unknown date precision \"{r.DatePrecision}\"",
            ArchivedRevision r when r.SupersededAt is { } superseded && superseded < r.RecordedAt => $"revision {r.Id} is superseded before it was recorded",
            ArchivedRevision r when r.CorrectsRevisionId is { } corrected && !revisions.Contains(corrected) => $"revision {r.Id} corrects revision {corrected}, which no earlier line holds",
            ArchivedCheckpoint c when revisions.Count == 0 || !profiles.Contains(c.ProfileId) => $"checkpoint {c.Id} comes before the revisions of its profile {c.ProfileId}",
            _ => null,
        };
        if (problem is not null)
        {
            throw new DomainException(ErrorCodes.RestoreInvalid, $"Line {number}: {problem}. Nothing was restored.");
        }
    }

    // Row by row, a million revisions would queue five million foreign-key checks (one query each), five million
    // entries in the deferred bitemporal exclusion check, and grow a GiST and several btrees a key at a time. So the
    // history's foreign keys and exclusion constraint, and the indexes no constraint owns, are dropped for the load and
    // put back from their own definitions (as the migrations wrote them) once every row is in: each index is built
    // sorted, and each constraint is checked once over the whole table. Primary keys and unique indexes stay, so a
    // duplicate is still refused at the batch that brings it. Rows the archive lists are checked against each other
    // before they are written (Validate), which is what the foreign keys would have refused.
    private const string DeferChecksAndIndexes = """
        CREATE TEMPORARY TABLE restore_deferred ON COMMIT DROP AS
            SELECT 1 AS step, format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop_sql,
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS restore_sql
            FROM pg_constraint c
            WHERE c.conrelid IN ('revisions'::regclass, 'sections'::regclass) AND c.contype IN ('f', 'x')
            UNION ALL
            SELECT 0, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid IN ('profiles'::regclass, 'revisions'::regclass, 'sections'::regclass) AND NOT i.indisunique
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
        DO $$
        DECLARE d record;
        BEGIN
            FOR d IN SELECT drop_sql FROM restore_deferred ORDER BY step DESC LOOP
                EXECUTE d.drop_sql;
            END LOOP;
        END $$;
        """;

    private const string RestoreChecksAndIndexes = """
        SET LOCAL maintenance_work_mem = '512MB';
        DO $$
        DECLARE d record;
        BEGIN
            FOR d IN SELECT restore_sql FROM restore_deferred ORDER BY step LOOP
                EXECUTE d.restore_sql;
            END LOOP;
        END $$;
        """;

    // The search index of every restored section, as the insert trigger would have written it. A profile's revisions
    // repeat most of their sections word for word, so each distinct text is analysed once; the analysis (stemming,
    // unaccent) is most of a restore's time, so it runs in parallel workers: scratch tables that workers can read
    // (unlogged, not temporary — temporary tables are private to one backend) hold each section's text key and the
    // distinct texts, a CREATE TABLE AS (which may run its query in parallel, where INSERT … SELECT may not) analyses them.
    // The GIN index is built once over the finished rows rather than grown row by row, from its own definition as the
    // migrations wrote it. Everything lives and dies inside the restore's transaction.
    private const string IndexRestoredSections = """
        SET LOCAL parallel_setup_cost = 0;
        SET LOCAL parallel_tuple_cost = 0;
        SET LOCAL min_parallel_table_scan_size = 0;
        SET LOCAL max_parallel_workers_per_gather = 8;
        SET LOCAL work_mem = '256MB';
        SET LOCAL maintenance_work_mem = '512MB';
        CREATE UNLOGGED TABLE restore_keys AS
            SELECT s.id, search_configuration(p.language) AS cfg, md5(s.heading || chr(1) || s.body) AS key
            FROM sections s JOIN revisions r ON r.id = s.revision_id JOIN profiles p ON p.id = r.profile_id;
        CREATE UNLOGGED TABLE restore_texts AS SELECT cfg, key, min(id) AS section_id FROM restore_keys GROUP BY cfg, key;
        ANALYZE restore_texts;
        CREATE UNLOGGED TABLE restore_documents AS
            SELECT t.cfg, t.key, search_document(t.cfg, s.heading, s.body) AS document
            FROM restore_texts t JOIN sections s ON s.id = t.section_id;
        DO $$
        DECLARE
            definition text := pg_get_indexdef('ix_section_search_document'::regclass);
        BEGIN
            DROP INDEX ix_section_search_document;
            INSERT INTO section_search (section_id, configuration, document)
            SELECT k.id, k.cfg, d.document FROM restore_keys k JOIN restore_documents d USING (cfg, key);
            EXECUTE definition;
        END $$;
        DROP TABLE restore_keys, restore_texts, restore_documents;
        """;

    // Binary COPY of the profiles listed so far: a million revisions have a hundred thousand profiles, a round trip each
    // as single INSERTs.
    private static async Task CopyAsync(NpgsqlConnection connection, List<(ArchivedProfile Profile, int PublisherId)> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await using (var rows = await connection.BeginBinaryImportAsync(
            "COPY profiles (id, publisher_id, country_code, language, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (profile, publisherId) in batch)
            {
                await rows.StartRowAsync(cancellationToken);
                await rows.WriteAsync(profile.Id, NpgsqlDbType.Bigint, cancellationToken);
                await rows.WriteAsync(publisherId, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(profile.Country, NpgsqlDbType.Char, cancellationToken);
                await rows.WriteAsync(profile.Language, NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync(profile.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await rows.CompleteAsync(cancellationToken);
        }

        batch.Clear();
    }

    // Binary COPY, a batch at a time: revisions, then their sections (indexed for search once all are in).
    private static async Task<int> CopyAsync(NpgsqlConnection connection, List<ArchivedRevision> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await using (var rows = await connection.BeginBinaryImportAsync(
            $"COPY revisions ({RevisionColumns.List}) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var r in batch)
            {
                await rows.StartRowAsync(cancellationToken);
                await rows.WriteAsync(r.Id, NpgsqlDbType.Bigint, cancellationToken);
                await rows.WriteAsync(r.ProfileId, NpgsqlDbType.Bigint, cancellationToken);
                await rows.WriteAsync(r.Sequence, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(r.Kind, NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync(r.PublishedOn, NpgsqlDbType.Date, cancellationToken);
                await rows.WriteAsync(r.EffectiveFrom, NpgsqlDbType.Date, cancellationToken);
                var period = r.SupersededAt is { } upper
                    ? new NpgsqlRange<DateTime>(r.RecordedAt, true, false, upper, false, false)
                    : new NpgsqlRange<DateTime>(r.RecordedAt, true, false, default, false, true);
                await rows.WriteAsync(period, NpgsqlDbType.TimestampTzRange, cancellationToken);
                await WriteNullableAsync(rows, r.CorrectsRevisionId, NpgsqlDbType.Bigint, cancellationToken);
                await WriteNullableAsync(rows, r.SourceUrl, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(rows, r.SourceSha256, NpgsqlDbType.Char, cancellationToken);
                await rows.WriteAsync(r.RecordedBy, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(rows, r.ChangeNote, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(rows, r.ContentSha256, NpgsqlDbType.Char, cancellationToken);
                await WriteNullableAsync(rows, r.PreviousSha256, NpgsqlDbType.Char, cancellationToken);
                await WriteNullableAsync(rows, r.SealSha256, NpgsqlDbType.Char, cancellationToken);
                await rows.WriteAsync(r.DatePrecision ?? nameof(Dates.DatePrecision.Day), NpgsqlDbType.Varchar, cancellationToken);
            }

            await rows.CompleteAsync(cancellationToken);
        }

        await using (var sections = await connection.BeginBinaryImportAsync(
            "COPY sections (id, revision_id, position, topic, heading, body) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var r in batch)
            {
                foreach (var section in r.Sections)
                {
                    await sections.StartRowAsync(cancellationToken);
                    await sections.WriteAsync(section.Id, NpgsqlDbType.Bigint, cancellationToken);
                    await sections.WriteAsync(r.Id, NpgsqlDbType.Bigint, cancellationToken);
                    await sections.WriteAsync(section.Position, NpgsqlDbType.Integer, cancellationToken);
                    await sections.WriteAsync(section.Topic, NpgsqlDbType.Varchar, cancellationToken);
                    await sections.WriteAsync(section.Heading, NpgsqlDbType.Text, cancellationToken);
                    await sections.WriteAsync(section.Body, NpgsqlDbType.Text, cancellationToken);
                }
            }

            await sections.CompleteAsync(cancellationToken);
        }

        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter rows, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? rows.WriteNullAsync(cancellationToken) : rows.WriteAsync(value, type, cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(connection, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(connection, sql, values);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // Positional parameters; no fixed timeout: a restore's statements run as long as the history is large (indexing a
    // million sections takes minutes), and the caller's token stops them.
    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
