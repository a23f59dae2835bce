using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CountryRelations.Migrations.Schema
{
    /// <inheritdoc />
    public partial class SealsAndCheckpoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "seal_sha256",
                table: "revisions",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "chain_checkpoints",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    profile_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    head_seal = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    signed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    key_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    signature = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chain_checkpoints", x => x.id);
                    table.ForeignKey(
                        name: "FK_chain_checkpoints_profiles_profile_id",
                        column: x => x.profile_id,
                        principalTable: "profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chain_checkpoints_profile_id_sequence",
                table: "chain_checkpoints",
                columns: new[] { "profile_id", "sequence" });

            // New rows must be sealed; rows recorded before this migration keep their content chain only.
            migrationBuilder.Sql("""
                ALTER TABLE revisions ADD CONSTRAINT ck_revisions_sealed CHECK (seal_sha256 IS NOT NULL) NOT VALID;
                CREATE TRIGGER chain_checkpoints_append_only BEFORE UPDATE OR DELETE ON chain_checkpoints
                    FOR EACH ROW EXECUTE FUNCTION history_refuse_change();
                CREATE TRIGGER chain_checkpoints_no_truncate BEFORE TRUNCATE ON chain_checkpoints
                    FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change();
                DO $$
                BEGIN
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'countryrelations_app') THEN
                        GRANT SELECT, INSERT ON chain_checkpoints TO countryrelations_app;
                    END IF;
                END $$;
                INSERT INTO history_backfills (name) VALUES ('seals');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM history_backfills WHERE name = 'seals'; ALTER TABLE revisions DROP CONSTRAINT IF EXISTS ck_revisions_sealed;");
            migrationBuilder.DropTable(
                name: "chain_checkpoints");

            migrationBuilder.DropColumn(
                name: "seal_sha256",
                table: "revisions");
        }
    }
}
