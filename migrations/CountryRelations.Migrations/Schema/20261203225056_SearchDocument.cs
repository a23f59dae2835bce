using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <summary>
    /// What a section's search document is — heading weighted A, body B, under its profile's configuration — written
    /// once, as the SQL function <c>search_document</c>, which the insert trigger and the restore's bulk index both call.
    /// </summary>
    public partial class SearchDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION search_document(configuration regconfig, heading text, body text)
                RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT setweight(to_tsvector(configuration, heading), 'A') || setweight(to_tsvector(configuration, body), 'B')
                $$;

                CREATE OR REPLACE FUNCTION sections_index_search() RETURNS trigger LANGUAGE plpgsql
                SECURITY DEFINER SET search_path = public, pg_temp AS $$
                BEGIN
                    INSERT INTO section_search (section_id, configuration, document)
                    SELECT NEW.id, c.cfg, search_document(c.cfg, NEW.heading, NEW.body)
                    FROM (SELECT search_configuration(p.language) AS cfg
                          FROM revisions r JOIN profiles p ON p.id = r.profile_id
                          WHERE r.id = NEW.revision_id) c;
                    RETURN NULL;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION sections_index_search() RETURNS trigger LANGUAGE plpgsql
                SECURITY DEFINER SET search_path = public, pg_temp AS $$
                BEGIN
                    INSERT INTO section_search (section_id, configuration, document)
                    SELECT NEW.id, c.cfg, setweight(to_tsvector(c.cfg, NEW.heading), 'A') || setweight(to_tsvector(c.cfg, NEW.body), 'B')
                    FROM (SELECT search_configuration(p.language) AS cfg
                          FROM revisions r JOIN profiles p ON p.id = r.profile_id
                          WHERE r.id = NEW.revision_id) c;
                    RETURN NULL;
                END $$;

                DROP FUNCTION search_document(regconfig, text, text);
                """);
        }
    }
}
