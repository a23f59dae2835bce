START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    ALTER TABLE revisions ADD date_precision character varying(10) NOT NULL DEFAULT 'Day';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    ALTER TABLE publishers ADD conventions jsonb;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    ALTER TABLE publishers ADD government character(2);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    ALTER TABLE publishers ADD hosts text[] NOT NULL DEFAULT ('{}'::text[]);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    ALTER TABLE publishers ADD languages text[] NOT NULL DEFAULT ('{}'::text[]);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    ALTER TABLE publishers ADD source text;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    UPDATE publishers SET conventions = NULL, government = NULL, hosts = ARRAY[]::text[], languages = ARRAY[]::text[], source = NULL
    WHERE id = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    UPDATE publishers SET conventions = NULL, government = NULL, hosts = ARRAY[]::text[], languages = ARRAY[]::text[], source = NULL
    WHERE id = 2;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    ALTER TABLE revisions ADD CONSTRAINT ck_revisions_date_precision CHECK (date_precision IN ('Day', 'Month', 'Year'));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    ALTER TABLE publishers ADD CONSTRAINT ck_publishers_government CHECK (government ~ '^[A-Z]{2}$');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    DO $$
    BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'countryrelations_app') THEN
            GRANT INSERT ON publishers TO countryrelations_app;
            GRANT UPDATE (name, website, government, hosts, languages, conventions, source) ON publishers TO countryrelations_app;
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO countryrelations_app;
        END IF;
    END $$;

    CREATE TEXT SEARCH CONFIGURATION cr_german (COPY = german);
    ALTER TEXT SEARCH CONFIGURATION cr_german ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
    CREATE TEXT SEARCH CONFIGURATION cr_spanish (COPY = spanish);
    ALTER TEXT SEARCH CONFIGURATION cr_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
    CREATE TEXT SEARCH CONFIGURATION cr_italian (COPY = italian);
    ALTER TEXT SEARCH CONFIGURATION cr_italian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;
    CREATE TEXT SEARCH CONFIGURATION cr_portuguese (COPY = portuguese);
    ALTER TEXT SEARCH CONFIGURATION cr_portuguese ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
    CREATE TEXT SEARCH CONFIGURATION cr_dutch (COPY = dutch);
    ALTER TEXT SEARCH CONFIGURATION cr_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;

    CREATE OR REPLACE FUNCTION search_configuration(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $f$
        SELECT (CASE split_part(lower(language), '-', 1)
            WHEN 'fr' THEN 'cr_french' WHEN 'de' THEN 'cr_german' WHEN 'es' THEN 'cr_spanish' WHEN 'it' THEN 'cr_italian'
            WHEN 'pt' THEN 'cr_portuguese' WHEN 'nl' THEN 'cr_dutch' ELSE 'cr_english' END)::regconfig
    $f$;

    -- Every configuration a section may be indexed with: a search reads its text once in each.
    CREATE FUNCTION search_configurations() RETURNS regconfig[] LANGUAGE sql IMMUTABLE AS $f$
        SELECT ARRAY['cr_english', 'cr_french', 'cr_german', 'cr_spanish', 'cr_italian', 'cr_portuguese', 'cr_dutch']::regconfig[]
    $f$;

    -- Sections of profiles in a language that now has its own stemming are indexed again with it.
    UPDATE section_search ss SET configuration = c.cfg, document = search_document(c.cfg, s.heading, s.body)
    FROM sections s
    JOIN revisions r ON r.id = s.revision_id
    JOIN profiles p ON p.id = r.profile_id
    CROSS JOIN LATERAL (SELECT search_configuration(p.language) AS cfg) c
    WHERE ss.section_id = s.id AND ss.configuration <> c.cfg;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204013339_PublisherRegistry') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261204013339_PublisherRegistry', '10.0.15');
    END IF;
END $EF$;
COMMIT;

