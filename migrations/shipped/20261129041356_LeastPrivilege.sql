START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129041356_LeastPrivilege') THEN
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'countryrelations_app') THEN
            BEGIN
                CREATE ROLE countryrelations_app NOLOGIN;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE NOTICE 'role countryrelations_app does not exist and cannot be created by %; create it and grant it with this migration again', current_user;
            END;
        END IF;

        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'countryrelations_app') THEN
            REVOKE ALL ON ALL TABLES IN SCHEMA public FROM countryrelations_app;
            REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM countryrelations_app;
            GRANT USAGE ON SCHEMA public TO countryrelations_app;
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO countryrelations_app;
            GRANT INSERT ON profiles, revisions, sections TO countryrelations_app;
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO countryrelations_app;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO countryrelations_app;
        END IF;
    END $$;

    REVOKE CREATE ON SCHEMA public FROM PUBLIC;

    ALTER FUNCTION revisions_close_corrected() SECURITY DEFINER SET search_path = public, pg_temp;
    ALTER FUNCTION sections_index_search() SECURITY DEFINER SET search_path = public, pg_temp;

    -- The hash-chain backfill hashes rows that predate the chain, once; a row whose hash is blanked later is
    -- tampering for verifyHistory to report, never something to re-seal.
    CREATE TABLE history_backfills (name text PRIMARY KEY, done_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO history_backfills (name)
        SELECT 'hash_chain' WHERE NOT EXISTS (SELECT 1 FROM revisions WHERE content_sha256 IS NULL);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129041356_LeastPrivilege') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129041356_LeastPrivilege', '10.0.15');
    END IF;
END $EF$;
COMMIT;

