using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <summary>
    /// The read path at scale: the changes feed reads revisions by effective date through an index instead of scanning
    /// them all, and <c>revision_in_force</c> returns the whole row, so a caller has the system period (which it needs
    /// to serve the row from memory) without joining the table again. Still inlined: one probe of ix_revisions_as_of.
    /// </summary>
    public partial class ReadPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_revisions_effective",
                table: "revisions",
                columns: new[] { "effective_from", "id" });
            migrationBuilder.Sql("""
                DROP FUNCTION revision_in_force(bigint, date, timestamptz);
                CREATE FUNCTION revision_in_force(profile bigint, as_of date, known_at timestamptz)
                RETURNS SETOF revisions LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    SELECT r.* FROM revisions r
                    WHERE r.profile_id = profile AND r.effective_from <= as_of AND r.system_period @> known_at
                    ORDER BY r.effective_from DESC, r.sequence DESC
                    LIMIT 1
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION revision_in_force(bigint, date, timestamptz);
                CREATE FUNCTION revision_in_force(profile bigint, as_of date, known_at timestamptz)
                RETURNS TABLE (id bigint) LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    SELECT r.id FROM revisions r
                    WHERE r.profile_id = profile AND r.effective_from <= as_of AND r.system_period @> known_at
                    ORDER BY r.effective_from DESC, r.sequence DESC
                    LIMIT 1
                $$;
                """);
            migrationBuilder.DropIndex(
                name: "ix_revisions_effective",
                table: "revisions");
        }
    }
}
