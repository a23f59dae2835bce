using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <summary>
    /// No revision date may be ±infinity: an infinite date breaks range arithmetic in the bitemporal exclusion
    /// constraint's index, which then refuses every later write. The application refuses such dates first
    /// (<c>INVALID_DATE</c>); these checks hold for any client.
    /// </summary>
    public partial class FiniteDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE revisions ADD CONSTRAINT ck_revisions_finite_dates
                    CHECK (isfinite(published_on) AND isfinite(effective_from) AND isfinite(lower(system_period)));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE revisions DROP CONSTRAINT ck_revisions_finite_dates;");
        }
    }
}
