START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129035753_FiniteDates') THEN
    ALTER TABLE revisions ADD CONSTRAINT ck_revisions_finite_dates
        CHECK (isfinite(published_on) AND isfinite(effective_from) AND isfinite(lower(system_period)));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129035753_FiniteDates') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129035753_FiniteDates', '10.0.15');
    END IF;
END $EF$;
COMMIT;

