using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <summary>
    /// The search configuration of a language is a pure function, and now says so (PARALLEL SAFE): a restore's bulk search
    /// index analyses its texts in parallel workers; a function left at the default (unsafe) kept every plan serial.
    /// </summary>
    public partial class ParallelSafeSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER FUNCTION search_configuration(text) PARALLEL SAFE;
                ALTER FUNCTION search_configurations() PARALLEL SAFE;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER FUNCTION search_configuration(text) PARALLEL UNSAFE;
                ALTER FUNCTION search_configurations() PARALLEL UNSAFE;
                """);
        }
    }
}
