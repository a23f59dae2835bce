namespace CountryRelations.Migrations;

/// <summary>
/// Least privilege: the application connects as <c>countryrelations_app</c>, which may read everything and insert
/// profiles, revisions and sections — and nothing else. It owns nothing, so it cannot disable or drop a trigger,
/// truncate, drop a table or alter one; it cannot update or delete. The one permitted update (closing a corrected
/// row's system period) and the search index run in <c>SECURITY DEFINER</c> functions of the owner that runs the
/// migrations. The role is created here when the owner may create roles; otherwise a DBA creates it (see README).
/// </summary>
internal static class ApplicationRole
{
    public const string Name = "countryrelations_app";

    public const string Install = $$"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{Name}}') THEN
                BEGIN
                    CREATE ROLE {{Name}} NOLOGIN;
                EXCEPTION WHEN insufficient_privilege THEN
                    RAISE NOTICE 'role {{Name}} does not exist and cannot be created by %; create it and grant it with this migration again', current_user;
                END;
            END IF;

            IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{{Name}}') THEN
                REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {{Name}};
                REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {{Name}};
                GRANT USAGE ON SCHEMA public TO {{Name}};
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO {{Name}};
                GRANT INSERT ON profiles, revisions, sections TO {{Name}};
                GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {{Name}};
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {{Name}};
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
        """;

    public const string Uninstall = $"""
        DROP TABLE IF EXISTS history_backfills;
        ALTER FUNCTION revisions_close_corrected() SECURITY INVOKER;
        ALTER FUNCTION sections_index_search() SECURITY INVOKER;
        """;
}
