START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204071649_ParallelSafeSearch') THEN
    ALTER FUNCTION search_configuration(text) PARALLEL SAFE;
    ALTER FUNCTION search_configurations() PARALLEL SAFE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261204071649_ParallelSafeSearch') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261204071649_ParallelSafeSearch', '10.0.15');
    END IF;
END $EF$;
COMMIT;

