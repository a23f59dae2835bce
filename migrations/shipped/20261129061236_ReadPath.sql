START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129061236_ReadPath') THEN
    CREATE INDEX ix_revisions_effective ON revisions (effective_from, id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129061236_ReadPath') THEN
    DROP FUNCTION revision_in_force(bigint, date, timestamptz);
    CREATE FUNCTION revision_in_force(profile bigint, as_of date, known_at timestamptz)
    RETURNS SETOF revisions LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT r.* FROM revisions r
        WHERE r.profile_id = profile AND r.effective_from <= as_of AND r.system_period @> known_at
        ORDER BY r.effective_from DESC, r.sequence DESC
        LIMIT 1
    $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129061236_ReadPath') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129061236_ReadPath', '10.0.15');
    END IF;
END $EF$;
COMMIT;

