using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <inheritdoc />
    public partial class LeastPrivilege : Migration
    {
        // Frozen with this migration: a later change to these objects is a new migration, never an edit here.
        // Least privilege: the application connects as <c>countryrelations_app</c>, which may read everything and insert
        // profiles, revisions and sections — and nothing else. It owns nothing, so it cannot disable or drop a trigger,
        // truncate, drop a table or alter one; it cannot update or delete. The one permitted update (closing a corrected
        // row's system period) and the search index run in <c>SECURITY DEFINER</c> functions of the owner that runs the
        // migrations. The role is created here when the owner may create roles; otherwise a DBA creates it (see README).
        private const string ApplicationRoleInstall = """
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
        """;

        private const string ApplicationRoleUninstall = """
        DROP TABLE IF EXISTS history_backfills;
        ALTER FUNCTION revisions_close_corrected() SECURITY INVOKER;
        ALTER FUNCTION sections_index_search() SECURITY INVOKER;
        """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ApplicationRoleInstall);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ApplicationRoleUninstall);
        }
    }
}
