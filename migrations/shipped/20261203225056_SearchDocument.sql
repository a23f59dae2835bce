START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261203225056_SearchDocument') THEN
    CREATE FUNCTION search_document(configuration regconfig, heading text, body text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector(configuration, heading), 'A') || setweight(to_tsvector(configuration, body), 'B')
    $$;

    CREATE OR REPLACE FUNCTION sections_index_search() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        INSERT INTO section_search (section_id, configuration, document)
        SELECT NEW.id, c.cfg, search_document(c.cfg, NEW.heading, NEW.body)
        FROM (SELECT search_configuration(p.language) AS cfg
              FROM revisions r JOIN profiles p ON p.id = r.profile_id
              WHERE r.id = NEW.revision_id) c;
        RETURN NULL;
    END $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261203225056_SearchDocument') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261203225056_SearchDocument', '10.0.15');
    END IF;
END $EF$;
COMMIT;

