using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <inheritdoc />
    public partial class LeastPrivilege : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ApplicationRole.Install);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ApplicationRole.Uninstall);
        }
    }
}
