using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <summary>
    /// "The revision of a profile in force on a date, as known at an instant", written once. A set-returning SQL
    /// function is inlined by the planner where it is used in FROM (LATERAL), so each use stays one probe of
    /// <c>ix_revisions_as_of</c>.
    /// </summary>
    public partial class InForceFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION revision_in_force(profile bigint, as_of date, known_at timestamptz)
                RETURNS TABLE (id bigint) LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    SELECT r.id FROM revisions r
                    WHERE r.profile_id = profile AND r.effective_from <= as_of AND r.system_period @> known_at
                    ORDER BY r.effective_from DESC, r.sequence DESC
                    LIMIT 1
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS revision_in_force(bigint, date, timestamptz);");
        }
    }
}
