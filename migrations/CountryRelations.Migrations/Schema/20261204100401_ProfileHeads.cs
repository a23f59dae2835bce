using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <summary>
    /// Each profile's head — its current revision latest in effect, which is the revision in force from that date on as
    /// known now — kept by the write path in <c>profile_heads</c>, with the instant the profile's rows last changed in
    /// system time, and the heads' sections' search documents in <c>head_section_search</c> with their own GIN index.
    /// A read "in force on a date, as known at an instant" takes a profile's head whenever the head is effective by that
    /// date and nothing of the profile changed after that instant (nearly every profile, for today as known now), and
    /// walks <c>revision_in_force</c> only for the rest: search in force no longer probes every profile's history.
    /// The head is chosen by <c>revision_in_force</c> itself (at the end of time, as known at the end of time), so the
    /// rule of which revision is in force stays written once. Like <c>section_search</c>, both tables are derived and hold
    /// no foreign keys: a key to the history would answer an attempt to truncate it before the append-only guard could
    /// name it, and checking half a million keys took half of a rebuild's time at a million revisions.
    /// </summary>
    public partial class ProfileHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE profile_heads (
                    profile_id bigint PRIMARY KEY,
                    revision_id bigint UNIQUE,
                    effective_from date,
                    changed_at timestamptz NOT NULL,
                    CHECK ((revision_id IS NULL) = (effective_from IS NULL)));

                CREATE TABLE head_section_search (
                    section_id bigint PRIMARY KEY,
                    profile_id bigint NOT NULL,
                    revision_id bigint NOT NULL,
                    topic text NOT NULL,
                    configuration regconfig NOT NULL,
                    document tsvector NOT NULL);
                CREATE INDEX ix_head_section_search_document ON head_section_search USING gin (document);
                CREATE INDEX ix_head_section_search_profile ON head_section_search (profile_id);

                -- The profiles whose revision in force on a date, as known at an instant, may not be their head: the head
                -- is not yet effective then, or something of the profile changed after the instant (or it has no current
                -- revision). Readers walk revision_in_force for these and take every other profile's head; for today as
                -- known now the list is all but empty, and the two indexes find it without reading the rest.
                CREATE INDEX ix_profile_heads_effective_from ON profile_heads (effective_from);
                CREATE INDEX ix_profile_heads_changed_at ON profile_heads (changed_at);
                CREATE FUNCTION heads_not_in_force(as_of date, known_at timestamptz) RETURNS TABLE (profile_id bigint)
                LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    SELECT h.profile_id FROM profile_heads h
                    WHERE h.effective_from IS NULL OR h.effective_from > as_of OR h.changed_at > known_at
                $$;

                -- A profile's rows changed at `changed`: its head is chosen again and, when it moved, the head's sections
                -- replace the previous head's in the search of the present. Writers of one profile queue on its row.
                CREATE FUNCTION profile_heads_refresh(profile bigint, changed timestamptz) RETURNS void LANGUAGE plpgsql
                SET search_path = public, pg_temp AS $$
                DECLARE
                    previous bigint;
                    head record;
                BEGIN
                    SELECT h.revision_id INTO previous FROM profile_heads h WHERE h.profile_id = profile FOR UPDATE;
                    SELECT r.id, r.effective_from INTO head FROM revision_in_force(profile, 'infinity', 'infinity') r;
                    INSERT INTO profile_heads AS h (profile_id, revision_id, effective_from, changed_at)
                    VALUES (profile, head.id, head.effective_from, changed)
                    ON CONFLICT (profile_id) DO UPDATE SET revision_id = EXCLUDED.revision_id, effective_from = EXCLUDED.effective_from,
                        changed_at = greatest(h.changed_at, EXCLUDED.changed_at);
                    IF previous IS DISTINCT FROM head.id THEN
                        DELETE FROM head_section_search WHERE profile_id = profile;
                        INSERT INTO head_section_search (section_id, profile_id, revision_id, topic, configuration, document)
                        SELECT ss.section_id, profile, s.revision_id, s.topic, ss.configuration, ss.document
                        FROM sections s JOIN section_search ss ON ss.section_id = s.id
                        WHERE s.revision_id = head.id;
                    END IF;
                END $$;
                REVOKE EXECUTE ON FUNCTION profile_heads_refresh(bigint, timestamptz) FROM PUBLIC;

                -- A revision recorded (its system time starts) or closed by a correction (its system time ends).
                CREATE FUNCTION revisions_move_head() RETURNS trigger LANGUAGE plpgsql
                SECURITY DEFINER SET search_path = public, pg_temp AS $$
                BEGIN
                    PERFORM profile_heads_refresh(NEW.profile_id,
                        CASE TG_OP WHEN 'INSERT' THEN lower(NEW.system_period) ELSE upper(NEW.system_period) END);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER revisions_move_head AFTER INSERT OR UPDATE OF system_period ON revisions
                    FOR EACH ROW EXECUTE FUNCTION revisions_move_head();

                -- A head's sections are written after the head itself: each joins the search of the present once its own
                -- search row is written (this trigger's name sorts after sections_index_search, so it fires after it).
                CREATE FUNCTION sections_join_head() RETURNS trigger LANGUAGE plpgsql
                SECURITY DEFINER SET search_path = public, pg_temp AS $$
                BEGIN
                    INSERT INTO head_section_search (section_id, profile_id, revision_id, topic, configuration, document)
                    SELECT ss.section_id, h.profile_id, NEW.revision_id, NEW.topic, ss.configuration, ss.document
                    FROM profile_heads h JOIN section_search ss ON ss.section_id = NEW.id
                    WHERE h.revision_id = NEW.revision_id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER sections_join_head AFTER INSERT ON sections
                    FOR EACH ROW EXECUTE FUNCTION sections_join_head();

                -- Every head from the rows themselves, set-based (the migration's backfill and a restore's): the GIN index is
                -- built once over the finished rows. A procedure, so that plain SQL and the idempotent script's DO blocks both CALL it.
                CREATE PROCEDURE profile_heads_rebuild() LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
                DECLARE
                    definition text := pg_get_indexdef('ix_head_section_search_document'::regclass);
                BEGIN
                    TRUNCATE head_section_search, profile_heads;
                    INSERT INTO profile_heads (profile_id, revision_id, effective_from, changed_at)
                    SELECT c.profile_id, r.id, r.effective_from, c.changed_at
                    FROM (SELECT profile_id, max(greatest(lower(system_period), coalesce(upper(system_period), '-infinity'))) AS changed_at
                          FROM revisions GROUP BY profile_id) c
                    LEFT JOIN LATERAL revision_in_force(c.profile_id, 'infinity', 'infinity') r ON true;
                    DROP INDEX ix_head_section_search_document;
                    INSERT INTO head_section_search (section_id, profile_id, revision_id, topic, configuration, document)
                    SELECT ss.section_id, h.profile_id, s.revision_id, s.topic, ss.configuration, ss.document
                    FROM profile_heads h JOIN sections s ON s.revision_id = h.revision_id JOIN section_search ss ON ss.section_id = s.id;
                    EXECUTE definition;
                    ANALYZE profile_heads, head_section_search;
                END $$;
                REVOKE EXECUTE ON PROCEDURE profile_heads_rebuild() FROM PUBLIC;

                CALL profile_heads_rebuild();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER revisions_move_head ON revisions;
                DROP FUNCTION revisions_move_head();
                DROP TRIGGER sections_join_head ON sections;
                DROP FUNCTION sections_join_head();
                DROP PROCEDURE profile_heads_rebuild();
                DROP FUNCTION profile_heads_refresh(bigint, timestamptz);
                DROP FUNCTION heads_not_in_force(date, timestamptz);
                DROP TABLE head_section_search;
                DROP TABLE profile_heads;
                """);
        }
    }
}
