using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <inheritdoc />
    public partial class CountryAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "countries",
                keyColumn: "code",
                keyValue: "KP",
                column: "aliases",
                value: new[] { "North Korea", "Corée du Nord", "Democratic People's Republic of Korea", "République démocratique populaire de Corée", "République populaire démocratique de Corée", "DPRK", "Korea, North" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "countries",
                keyColumn: "code",
                keyValue: "KP",
                column: "aliases",
                value: new[] { "North Korea", "Corée du Nord", "Democratic People's Republic of Korea", "République démocratique populaire de Corée", "DPRK", "Korea, North" });
        }
    }
}
