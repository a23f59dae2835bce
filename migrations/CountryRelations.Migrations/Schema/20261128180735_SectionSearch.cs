using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <inheritdoc />
    public partial class SectionSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndex.Install);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndex.Uninstall);
        }
    }
}
