START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261128180735_SectionSearch') THEN
    CREATE EXTENSION IF NOT EXISTS unaccent;

    CREATE TEXT SEARCH CONFIGURATION cr_english (COPY = english);
    ALTER TEXT SEARCH CONFIGURATION cr_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    CREATE TEXT SEARCH CONFIGURATION cr_french (COPY = french);
    ALTER TEXT SEARCH CONFIGURATION cr_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

    CREATE FUNCTION search_configuration(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN language LIKE 'fr%' THEN 'cr_french'::regconfig ELSE 'cr_english'::regconfig END
    $$;

    CREATE TABLE section_search (
        section_id bigint PRIMARY KEY, -- no foreign key: sections are never deleted, and TRUNCATE must reach their guard
        configuration regconfig NOT NULL,
        document tsvector NOT NULL);
    CREATE INDEX ix_section_search_document ON section_search USING gin (document);

    CREATE FUNCTION sections_index_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO section_search (section_id, configuration, document)
        SELECT NEW.id, c.cfg, setweight(to_tsvector(c.cfg, NEW.heading), 'A') || setweight(to_tsvector(c.cfg, NEW.body), 'B')
        FROM (SELECT search_configuration(p.language) AS cfg
              FROM revisions r JOIN profiles p ON p.id = r.profile_id
              WHERE r.id = NEW.revision_id) c;
        RETURN NULL;
    END $$;

    CREATE TRIGGER sections_index_search AFTER INSERT ON sections
        FOR EACH ROW EXECUTE FUNCTION sections_index_search();

    INSERT INTO section_search (section_id, configuration, document)
    SELECT s.id, search_configuration(p.language),
           setweight(to_tsvector(search_configuration(p.language), s.heading), 'A')
           || setweight(to_tsvector(search_configuration(p.language), s.body), 'B')
    FROM sections s JOIN revisions r ON r.id = s.revision_id JOIN profiles p ON p.id = r.profile_id;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261128180735_SectionSearch') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261128180735_SectionSearch', '10.0.15');
    END IF;
END $EF$;
COMMIT;

