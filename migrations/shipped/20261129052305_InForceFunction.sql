START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129052305_InForceFunction') THEN
    CREATE FUNCTION revision_in_force(profile bigint, as_of date, known_at timestamptz)
    RETURNS TABLE (id bigint) LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT r.id FROM revisions r
        WHERE r.profile_id = profile AND r.effective_from <= as_of AND r.system_period @> known_at
        ORDER BY r.effective_from DESC, r.sequence DESC
        LIMIT 1
    $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129052305_InForceFunction') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129052305_InForceFunction', '10.0.15');
    END IF;
END $EF$;
COMMIT;

