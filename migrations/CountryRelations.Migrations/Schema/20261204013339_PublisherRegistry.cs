using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <summary>
    /// Publishers as data: the government each speaks for, its hosts, languages, page conventions and the source of
    /// these facts (editors may register and amend publishers, never rename or delete one); a revision's date
    /// precision; search in German, Spanish, Italian, Portuguese and Dutch, each with its own stemming.
    /// </summary>
    public partial class PublisherRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "date_precision",
                table: "revisions",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "conventions",
                table: "publishers",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "government",
                table: "publishers",
                type: "character(2)",
                fixedLength: true,
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "hosts",
                table: "publishers",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string[]>(
                name: "languages",
                table: "publishers",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "publishers",
                type: "text",
                nullable: true);

            migrationBuilder.UpdateData(
                table: "publishers",
                keyColumn: "id",
                keyValue: 1,
                columns: new[] { "conventions", "government", "hosts", "languages", "source" },
                values: new object[] { null, null, new string[0], new string[0], null });

            migrationBuilder.UpdateData(
                table: "publishers",
                keyColumn: "id",
                keyValue: 2,
                columns: new[] { "conventions", "government", "hosts", "languages", "source" },
                values: new object[] { null, null, new string[0], new string[0], null });

            migrationBuilder.AddCheckConstraint(
                name: "ck_revisions_date_precision",
                table: "revisions",
                sql: "date_precision IN ('Day', 'Month', 'Year')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_publishers_government",
                table: "publishers",
                sql: "government ~ '^[A-Z]{2}$'");

            migrationBuilder.Sql("""
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION search_configurations();
                CREATE OR REPLACE FUNCTION search_configuration(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $f$
                    SELECT CASE WHEN language LIKE 'fr%' THEN 'cr_french'::regconfig ELSE 'cr_english'::regconfig END
                $f$;
                UPDATE section_search ss SET configuration = c.cfg, document = search_document(c.cfg, s.heading, s.body)
                FROM sections s
                JOIN revisions r ON r.id = s.revision_id
                JOIN profiles p ON p.id = r.profile_id
                CROSS JOIN LATERAL (SELECT search_configuration(p.language) AS cfg) c
                WHERE ss.section_id = s.id AND ss.configuration <> c.cfg;
                DROP TEXT SEARCH CONFIGURATION cr_german, cr_spanish, cr_italian, cr_portuguese, cr_dutch;
                """);

            migrationBuilder.DropCheckConstraint(
                name: "ck_revisions_date_precision",
                table: "revisions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_publishers_government",
                table: "publishers");

            migrationBuilder.DropColumn(
                name: "date_precision",
                table: "revisions");

            migrationBuilder.DropColumn(
                name: "conventions",
                table: "publishers");

            migrationBuilder.DropColumn(
                name: "government",
                table: "publishers");

            migrationBuilder.DropColumn(
                name: "hosts",
                table: "publishers");

            migrationBuilder.DropColumn(
                name: "languages",
                table: "publishers");

            migrationBuilder.DropColumn(
                name: "source",
                table: "publishers");
        }
    }
}
