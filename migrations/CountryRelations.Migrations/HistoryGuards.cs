namespace CountryRelations.Migrations;

/// <summary>
/// The SQL that makes history append-only inside the database, whatever client writes to it:
/// system time stamped by the server, corrections closing the row they supersede, every other UPDATE,
/// DELETE or TRUNCATE of revisions and sections refused (SQLSTATE CR001), and a bitemporal exclusion
/// constraint so no two rows of a profile are current for the same effective date at the same time.
/// </summary>
internal static class HistoryGuards
{
    public const string Install = """
        ALTER TABLE revisions ADD CONSTRAINT ex_revisions_bitemporal
            EXCLUDE USING gist (profile_id WITH =, effective_from WITH =, system_period WITH &&)
            DEFERRABLE INITIALLY DEFERRED;

        CREATE FUNCTION revisions_stamp_system_time() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.system_period := tstzrange(transaction_timestamp(), NULL, '[)');
            RETURN NEW;
        END $$;

        CREATE TRIGGER revisions_stamp_system_time BEFORE INSERT ON revisions
            FOR EACH ROW EXECUTE FUNCTION revisions_stamp_system_time();

        CREATE FUNCTION revisions_close_corrected() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE revisions
               SET system_period = tstzrange(lower(system_period), lower(NEW.system_period), '[)')
             WHERE id = NEW.corrects_revision_id
               AND profile_id = NEW.profile_id
               AND upper_inf(system_period);
            IF NOT FOUND THEN
                RAISE EXCEPTION 'revision % is not a current revision of profile %; only current rows can be corrected',
                    NEW.corrects_revision_id, NEW.profile_id USING ERRCODE = 'CR002';
            END IF;
            RETURN NULL;
        END $$;

        CREATE TRIGGER revisions_close_corrected AFTER INSERT ON revisions
            FOR EACH ROW WHEN (NEW.corrects_revision_id IS NOT NULL) EXECUTE FUNCTION revisions_close_corrected();

        CREATE FUNCTION history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- The one permitted change: closing a current row's system time at the instant its correction was recorded.
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'revisions' THEN
                IF upper_inf(OLD.system_period)
                   AND NOT upper_inf(NEW.system_period)
                   AND lower(NEW.system_period) = lower(OLD.system_period)
                   AND (to_jsonb(NEW) - 'system_period') = (to_jsonb(OLD) - 'system_period')
                   AND EXISTS (SELECT 1 FROM revisions c
                               WHERE c.corrects_revision_id = OLD.id
                                 AND lower(c.system_period) = upper(NEW.system_period)) THEN
                    RETURN NEW;
                END IF;
            END IF;
            RAISE EXCEPTION '% on % is refused: history is append-only', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'CR001', HINT = 'Record a correction instead of changing or deleting a revision.';
        END $$;

        CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON revisions
            FOR EACH ROW EXECUTE FUNCTION history_refuse_change();
        CREATE TRIGGER sections_append_only BEFORE UPDATE OR DELETE ON sections
            FOR EACH ROW EXECUTE FUNCTION history_refuse_change();
        CREATE TRIGGER revisions_no_truncate BEFORE TRUNCATE ON revisions
            FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change();
        CREATE TRIGGER sections_no_truncate BEFORE TRUNCATE ON sections
            FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change();

        -- Seeded rows carry explicit ids; move the identity well past them (plain DDL, so it also runs inside the idempotent script's DO blocks).
        ALTER TABLE publishers ALTER COLUMN id RESTART WITH 100;
        """;

    public const string Uninstall = """
        DROP TRIGGER IF EXISTS sections_no_truncate ON sections;
        DROP TRIGGER IF EXISTS revisions_no_truncate ON revisions;
        DROP TRIGGER IF EXISTS sections_append_only ON sections;
        DROP TRIGGER IF EXISTS revisions_append_only ON revisions;
        DROP TRIGGER IF EXISTS revisions_close_corrected ON revisions;
        DROP TRIGGER IF EXISTS revisions_stamp_system_time ON revisions;
        DROP FUNCTION IF EXISTS history_refuse_change();
        DROP FUNCTION IF EXISTS revisions_close_corrected();
        DROP FUNCTION IF EXISTS revisions_stamp_system_time();
        ALTER TABLE revisions DROP CONSTRAINT IF EXISTS ex_revisions_bitemporal;
        """;
}
