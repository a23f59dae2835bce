START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261128173033_HashChain') THEN
    ALTER TABLE revisions ADD content_sha256 character(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261128173033_HashChain') THEN
    ALTER TABLE revisions ADD previous_sha256 character(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261128173033_HashChain') THEN
    ALTER TABLE revisions ADD CONSTRAINT ck_revisions_content_sha256 CHECK (content_sha256 IS NULL OR content_sha256 ~ '^[0-9a-f]{64}$');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261128173033_HashChain') THEN
    ALTER TABLE revisions ADD CONSTRAINT ck_revisions_previous_sha256 CHECK (previous_sha256 IS NULL OR previous_sha256 ~ '^[0-9a-f]{64}$');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261128173033_HashChain') THEN
    ALTER TABLE revisions ADD CONSTRAINT ck_revisions_hashed CHECK (content_sha256 IS NOT NULL) NOT VALID;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261128173033_HashChain') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261128173033_HashChain', '10.0.15');
    END IF;
END $EF$;
COMMIT;

