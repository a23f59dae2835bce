using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <inheritdoc />
    public partial class HashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "content_sha256",
                table: "revisions",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "previous_sha256",
                table: "revisions",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_revisions_content_sha256",
                table: "revisions",
                sql: "content_sha256 IS NULL OR content_sha256 ~ '^[0-9a-f]{64}$'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_revisions_previous_sha256",
                table: "revisions",
                sql: "previous_sha256 IS NULL OR previous_sha256 ~ '^[0-9a-f]{64}$'");

            // New rows must be hashed; rows recorded before this migration are hashed by HashChainBackfill at startup.
            migrationBuilder.Sql("ALTER TABLE revisions ADD CONSTRAINT ck_revisions_hashed CHECK (content_sha256 IS NOT NULL) NOT VALID;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE revisions DROP CONSTRAINT IF EXISTS ck_revisions_hashed;");

            migrationBuilder.DropCheckConstraint(
                name: "ck_revisions_content_sha256",
                table: "revisions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_revisions_previous_sha256",
                table: "revisions");

            migrationBuilder.DropColumn(
                name: "content_sha256",
                table: "revisions");

            migrationBuilder.DropColumn(
                name: "previous_sha256",
                table: "revisions");
        }
    }
}
