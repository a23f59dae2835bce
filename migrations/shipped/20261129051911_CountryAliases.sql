START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129051911_CountryAliases') THEN
    UPDATE countries SET aliases = ARRAY['North Korea','Corée du Nord','Democratic People''s Republic of Korea','République démocratique populaire de Corée','République populaire démocratique de Corée','DPRK','Korea, North']::text[]
    WHERE code = 'KP';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129051911_CountryAliases') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129051911_CountryAliases', '10.0.15');
    END IF;
END $EF$;
COMMIT;

