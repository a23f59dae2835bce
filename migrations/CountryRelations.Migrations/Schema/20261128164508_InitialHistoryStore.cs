using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CountryRelations.Migrations.Schema
{
    /// <inheritdoc />
    public partial class InitialHistoryStore : Migration
    {
        // Frozen with this migration: a later change to these objects is a new migration, never an edit here.
        // The SQL that makes history append-only inside the database, whatever client writes to it:
        // system time stamped by the server, corrections closing the row they supersede, every other UPDATE,
        // DELETE or TRUNCATE of revisions and sections refused (SQLSTATE CR001), and a bitemporal exclusion
        // constraint so no two rows of a profile are current for the same effective date at the same time.
        private const string HistoryGuardsInstall = """
        ALTER TABLE revisions ADD CONSTRAINT ex_revisions_bitemporal
            EXCLUDE USING gist (profile_id WITH =, effective_from WITH =, system_period WITH &&)
            DEFERRABLE INITIALLY DEFERRED;

        CREATE FUNCTION revisions_stamp_system_time() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.system_period := tstzrange(transaction_timestamp(), NULL, '[)');
            RETURN NEW;
        END $$;

        CREATE TRIGGER revisions_stamp_system_time BEFORE INSERT ON revisions
            FOR EACH ROW EXECUTE FUNCTION revisions_stamp_system_time();

        CREATE FUNCTION revisions_close_corrected() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE revisions
               SET system_period = tstzrange(lower(system_period), lower(NEW.system_period), '[)')
             WHERE id = NEW.corrects_revision_id
               AND profile_id = NEW.profile_id
               AND upper_inf(system_period);
            IF NOT FOUND THEN
                RAISE EXCEPTION 'revision % is not a current revision of profile %; only current rows can be corrected',
                    NEW.corrects_revision_id, NEW.profile_id USING ERRCODE = 'CR002';
            END IF;
            RETURN NULL;
        END $$;

        CREATE TRIGGER revisions_close_corrected AFTER INSERT ON revisions
            FOR EACH ROW WHEN (NEW.corrects_revision_id IS NOT NULL) EXECUTE FUNCTION revisions_close_corrected();

        CREATE FUNCTION history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- The one permitted change: closing a current row's system time at the instant its correction was recorded.
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'revisions' THEN
                IF upper_inf(OLD.system_period)
                   AND NOT upper_inf(NEW.system_period)
                   AND lower(NEW.system_period) = lower(OLD.system_period)
                   AND (to_jsonb(NEW) - 'system_period') = (to_jsonb(OLD) - 'system_period')
                   AND EXISTS (SELECT 1 FROM revisions c
                               WHERE c.corrects_revision_id = OLD.id
                                 AND lower(c.system_period) = upper(NEW.system_period)) THEN
                    RETURN NEW;
                END IF;
            END IF;
            RAISE EXCEPTION '% on % is refused: history is append-only', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'CR001', HINT = 'Record a correction instead of changing or deleting a revision.';
        END $$;

        CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON revisions
            FOR EACH ROW EXECUTE FUNCTION history_refuse_change();
        CREATE TRIGGER sections_append_only BEFORE UPDATE OR DELETE ON sections
            FOR EACH ROW EXECUTE FUNCTION history_refuse_change();
        CREATE TRIGGER revisions_no_truncate BEFORE TRUNCATE ON revisions
            FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change();
        CREATE TRIGGER sections_no_truncate BEFORE TRUNCATE ON sections
            FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change();

        -- Seeded rows carry explicit ids; move the identity well past them (plain DDL, so it also runs inside the idempotent script's DO blocks).
        ALTER TABLE publishers ALTER COLUMN id RESTART WITH 100;
        """;

        private const string HistoryGuardsUninstall = """
        DROP TRIGGER IF EXISTS sections_no_truncate ON sections;
        DROP TRIGGER IF EXISTS revisions_no_truncate ON revisions;
        DROP TRIGGER IF EXISTS sections_append_only ON sections;
        DROP TRIGGER IF EXISTS revisions_append_only ON revisions;
        DROP TRIGGER IF EXISTS revisions_close_corrected ON revisions;
        DROP TRIGGER IF EXISTS revisions_stamp_system_time ON revisions;
        DROP FUNCTION IF EXISTS history_refuse_change();
        DROP FUNCTION IF EXISTS revisions_close_corrected();
        DROP FUNCTION IF EXISTS revisions_stamp_system_time();
        ALTER TABLE revisions DROP CONSTRAINT IF EXISTS ex_revisions_bitemporal;
        """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,");

            migrationBuilder.CreateTable(
                name: "countries",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    alpha3 = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    name_en = table.Column<string>(type: "text", nullable: false),
                    name_fr = table.Column<string>(type: "text", nullable: false),
                    aliases = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_countries", x => x.code);
                    table.CheckConstraint("ck_countries_code", "code ~ '^[A-Z]{2}$' AND alpha3 ~ '^[A-Z]{3}$'");
                });

            migrationBuilder.CreateTable(
                name: "publishers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    website = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publishers", x => x.id);
                    table.CheckConstraint("ck_publishers_code", "code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "profiles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    publisher_id = table.Column<int>(type: "integer", nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "transaction_timestamp()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profiles", x => x.id);
                    table.CheckConstraint("ck_profiles_language", "language ~ '^[a-z]{2,3}(-[A-Z]{2})?$'");
                    table.ForeignKey(
                        name: "FK_profiles_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_profiles_publishers_publisher_id",
                        column: x => x.publisher_id,
                        principalTable: "publishers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    profile_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    system_period = table.Column<NpgsqlRange<DateTime>>(type: "tstzrange", nullable: false, defaultValueSql: "tstzrange(transaction_timestamp(), NULL, '[)')"),
                    corrects_revision_id = table.Column<long>(type: "bigint", nullable: true),
                    source_url = table.Column<string>(type: "text", nullable: true),
                    source_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    change_note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revisions", x => x.id);
                    table.CheckConstraint("ck_revisions_correction", "(kind = 'Correction') = (corrects_revision_id IS NOT NULL)");
                    table.CheckConstraint("ck_revisions_effective_from", "effective_from >= published_on");
                    table.CheckConstraint("ck_revisions_sequence", "sequence > 0");
                    table.CheckConstraint("ck_revisions_source_sha256", "source_sha256 IS NULL OR source_sha256 ~ '^[0-9a-f]{64}$'");
                    table.CheckConstraint("ck_revisions_system_period", "NOT isempty(system_period) AND NOT lower_inf(system_period)");
                    table.ForeignKey(
                        name: "FK_revisions_profiles_profile_id",
                        column: x => x.profile_id,
                        principalTable: "profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revisions_revisions_corrects_revision_id",
                        column: x => x.corrects_revision_id,
                        principalTable: "revisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    revision_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    heading = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sections", x => x.id);
                    table.CheckConstraint("ck_sections_position", "position >= 0");
                    table.CheckConstraint("ck_sections_text", "btrim(heading) <> '' AND btrim(body) <> ''");
                    table.ForeignKey(
                        name: "FK_sections_revisions_revision_id",
                        column: x => x.revision_id,
                        principalTable: "revisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "countries",
                columns: new[] { "code", "aliases", "alpha3", "name_en", "name_fr" },
                values: new object[,]
                {
                    { "AD", new[] { "Principality of Andorra", "Principauté d'Andorre" }, "AND", "Andorra", "Andorre" },
                    { "AE", new string[0], "ARE", "United Arab Emirates", "Émirats arabes unis" },
                    { "AF", new[] { "Islamic Republic of Afghanistan", "République islamique d'Afghanistan" }, "AFG", "Afghanistan", "Afghanistan" },
                    { "AG", new string[0], "ATG", "Antigua and Barbuda", "Antigua-et-Barbuda" },
                    { "AI", new string[0], "AIA", "Anguilla", "Anguilla" },
                    { "AL", new[] { "Republic of Albania", "République d'Albanie" }, "ALB", "Albania", "Albanie" },
                    { "AM", new[] { "Republic of Armenia", "République d'Arménie" }, "ARM", "Armenia", "Arménie" },
                    { "AO", new[] { "Republic of Angola", "République d'Angola" }, "AGO", "Angola", "Angola" },
                    { "AQ", new string[0], "ATA", "Antarctica", "Antarctique" },
                    { "AR", new[] { "Argentine Republic", "République d'Argentine" }, "ARG", "Argentina", "Argentine" },
                    { "AS", new string[0], "ASM", "American Samoa", "Samoa américaines" },
                    { "AT", new[] { "Republic of Austria", "République d'Autriche" }, "AUT", "Austria", "Autriche" },
                    { "AU", new string[0], "AUS", "Australia", "Australie" },
                    { "AW", new string[0], "ABW", "Aruba", "Aruba" },
                    { "AX", new string[0], "ALA", "Åland Islands", "Åland, Îles" },
                    { "AZ", new[] { "Republic of Azerbaijan", "République d'Azerbaïdjan" }, "AZE", "Azerbaijan", "Azerbaïdjan" },
                    { "BA", new[] { "Republic of Bosnia and Herzegovina", "République de Bosnie et Herzégovine" }, "BIH", "Bosnia and Herzegovina", "Bosnie-Herzégovine" },
                    { "BB", new string[0], "BRB", "Barbados", "Barbade" },
                    { "BD", new[] { "People's Republic of Bangladesh", "République populaire du Bengladesh" }, "BGD", "Bangladesh", "Bangladesh" },
                    { "BE", new[] { "Kingdom of Belgium", "Royaume de Belgique" }, "BEL", "Belgium", "Belgique" },
                    { "BF", new string[0], "BFA", "Burkina Faso", "Burkina Faso" },
                    { "BG", new[] { "Republic of Bulgaria", "République de Bulgarie" }, "BGR", "Bulgaria", "Bulgarie" },
                    { "BH", new[] { "Kingdom of Bahrain", "Royaume de Bahreïn" }, "BHR", "Bahrain", "Bahreïn" },
                    { "BI", new[] { "Republic of Burundi", "République du Burundi" }, "BDI", "Burundi", "Burundi" },
                    { "BJ", new[] { "Republic of Benin", "République du Bénin" }, "BEN", "Benin", "Bénin" },
                    { "BL", new string[0], "BLM", "Saint Barthélemy", "Saint-Barthélemy" },
                    { "BM", new string[0], "BMU", "Bermuda", "Bermudes" },
                    { "BN", new[] { "Brunei" }, "BRN", "Brunei Darussalam", "Brunéi Darussalam" },
                    { "BO", new[] { "Bolivia", "Bolivie", "Plurinational State of Bolivia", "État plurinational de Bolivie" }, "BOL", "Bolivia, Plurinational State of", "Bolivie, état plurinational de" },
                    { "BQ", new string[0], "BES", "Bonaire, Sint Eustatius and Saba", "Bonaire, Saint-Eustache et Saba" },
                    { "BR", new[] { "Federative Republic of Brazil", "République fédérale du Brésil" }, "BRA", "Brazil", "Brésil" },
                    { "BS", new[] { "Commonwealth of the Bahamas", "Commonwealth des Bahamas" }, "BHS", "Bahamas", "Bahamas" },
                    { "BT", new[] { "Kingdom of Bhutan", "Royaume du Bouthan" }, "BTN", "Bhutan", "Bhoutan" },
                    { "BV", new string[0], "BVT", "Bouvet Island", "île Bouvet" },
                    { "BW", new[] { "Republic of Botswana", "République du Botswana" }, "BWA", "Botswana", "Botswana" },
                    { "BY", new[] { "Republic of Belarus", "République du Bélarus" }, "BLR", "Belarus", "Bélarus" },
                    { "BZ", new string[0], "BLZ", "Belize", "Belize" },
                    { "CA", new string[0], "CAN", "Canada", "Canada" },
                    { "CC", new string[0], "CCK", "Cocos (Keeling) Islands", "Cocos (Keeling), Îles" },
                    { "CD", new[] { "DR Congo", "DRC", "Democratic Republic of the Congo", "RDC", "Congo-Kinshasa" }, "COD", "Congo, The Democratic Republic of the", "République démocratique du Congo" },
                    { "CF", new string[0], "CAF", "Central African Republic", "République centrafricaine" },
                    { "CG", new[] { "Republic of the Congo", "Congo-Brazzaville" }, "COG", "Congo", "République du Congo" },
                    { "CH", new[] { "Swiss Confederation", "Confédération helvétique" }, "CHE", "Switzerland", "Suisse" },
                    { "CI", new[] { "Republic of Côte d'Ivoire", "République de Côte d'Ivoire", "Ivory Coast" }, "CIV", "Côte d'Ivoire", "Côte d'Ivoire" },
                    { "CK", new string[0], "COK", "Cook Islands", "îles Cook" },
                    { "CL", new[] { "Republic of Chile", "République du Chili" }, "CHL", "Chile", "Chili" },
                    { "CM", new[] { "Republic of Cameroon", "République du Cameroun" }, "CMR", "Cameroon", "Cameroun" },
                    { "CN", new[] { "People's Republic of China", "République populaire de Chine" }, "CHN", "China", "Chine" },
                    { "CO", new[] { "Republic of Colombia", "République de Colombie" }, "COL", "Colombia", "Colombie" },
                    { "CR", new[] { "Republic of Costa Rica", "République du Costa Rica" }, "CRI", "Costa Rica", "Costa Rica" },
                    { "CU", new[] { "Republic of Cuba", "République de Cuba" }, "CUB", "Cuba", "Cuba" },
                    { "CV", new[] { "Republic of Cabo Verde", "République du Cap-Vert", "Cape Verde" }, "CPV", "Cabo Verde", "Cap-Vert" },
                    { "CW", new string[0], "CUW", "Curaçao", "Curaçao" },
                    { "CX", new string[0], "CXR", "Christmas Island", "Christmas, Île" },
                    { "CY", new[] { "Republic of Cyprus", "République de Chypre" }, "CYP", "Cyprus", "Chypre" },
                    { "CZ", new[] { "Czech Republic", "République tchèque" }, "CZE", "Czechia", "Tchéquie" },
                    { "DE", new[] { "Federal Republic of Germany", "République fédérale d'Allemagne" }, "DEU", "Germany", "Allemagne" },
                    { "DJ", new[] { "Republic of Djibouti", "République de Djibouti" }, "DJI", "Djibouti", "Djibouti" },
                    { "DK", new[] { "Kingdom of Denmark", "Royaume du Danemark" }, "DNK", "Denmark", "Danemark" },
                    { "DM", new[] { "Commonwealth of Dominica", "Commonwealth de la Dominique" }, "DMA", "Dominica", "Dominique" },
                    { "DO", new string[0], "DOM", "Dominican Republic", "République dominicaine" },
                    { "DZ", new[] { "People's Democratic Republic of Algeria", "République algérienne démocratique et populaire" }, "DZA", "Algeria", "Algérie" },
                    { "EC", new[] { "Republic of Ecuador", "République d'Équateur" }, "ECU", "Ecuador", "Équateur" },
                    { "EE", new[] { "Republic of Estonia", "République d'Estonie" }, "EST", "Estonia", "Estonie" },
                    { "EG", new[] { "Arab Republic of Egypt", "République arabe d'Égypte" }, "EGY", "Egypt", "Égypte" },
                    { "EH", new string[0], "ESH", "Western Sahara", "Sahara occidental" },
                    { "ER", new[] { "the State of Eritrea", "l'État d'Érythrée" }, "ERI", "Eritrea", "Érythrée" },
                    { "ES", new[] { "Kingdom of Spain", "Royaume d'Espagne" }, "ESP", "Spain", "Espagne" },
                    { "ET", new[] { "Federal Democratic Republic of Ethiopia", "République fédérale démocratique d'Éthiopie" }, "ETH", "Ethiopia", "Éthiopie" },
                    { "FI", new[] { "Republic of Finland", "République de Finlande" }, "FIN", "Finland", "Finlande" },
                    { "FJ", new[] { "Republic of Fiji", "République des Fidji" }, "FJI", "Fiji", "Fidji" },
                    { "FK", new string[0], "FLK", "Falkland Islands (Malvinas)", "Malouines, Îles (Falkland)" },
                    { "FM", new[] { "Federated States of Micronesia", "États fédérés de Micronésie", "Micronesia", "Micronésie" }, "FSM", "Micronesia, Federated States of", "Micronésie, États fédérés de" },
                    { "FO", new string[0], "FRO", "Faroe Islands", "îles Féroé" },
                    { "FR", new[] { "French Republic", "République française" }, "FRA", "France", "France" },
                    { "GA", new[] { "Gabonese Republic", "République gabonaise" }, "GAB", "Gabon", "Gabon" },
                    { "GB", new[] { "United Kingdom of Great Britain and Northern Ireland", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "UK", "Britain", "Great Britain", "Grande-Bretagne" }, "GBR", "United Kingdom", "Royaume-Uni" },
                    { "GD", new string[0], "GRD", "Grenada", "Grenade" },
                    { "GE", new string[0], "GEO", "Georgia", "Géorgie" },
                    { "GF", new string[0], "GUF", "French Guiana", "Guyane française" },
                    { "GG", new string[0], "GGY", "Guernsey", "Guernesey" },
                    { "GH", new[] { "Republic of Ghana", "République du Ghana" }, "GHA", "Ghana", "Ghana" },
                    { "GI", new string[0], "GIB", "Gibraltar", "Gibraltar" },
                    { "GL", new string[0], "GRL", "Greenland", "Groënland" },
                    { "GM", new[] { "Republic of the Gambia", "République de Gambie" }, "GMB", "Gambia", "Gambie" },
                    { "GN", new[] { "Republic of Guinea", "République de Guinée" }, "GIN", "Guinea", "Guinée" },
                    { "GP", new string[0], "GLP", "Guadeloupe", "Guadeloupe" },
                    { "GQ", new[] { "Republic of Equatorial Guinea", "République de Guinée Équatoriale" }, "GNQ", "Equatorial Guinea", "Guinée Équatoriale" },
                    { "GR", new[] { "Hellenic Republic", "République grecque" }, "GRC", "Greece", "Grèce" },
                    { "GS", new string[0], "SGS", "South Georgia and the South Sandwich Islands", "Géorgie du Sud et les îles Sandwich du Sud" },
                    { "GT", new[] { "Republic of Guatemala", "République du Guatemala" }, "GTM", "Guatemala", "Guatemala" },
                    { "GU", new string[0], "GUM", "Guam", "Guam" },
                    { "GW", new[] { "Republic of Guinea-Bissau", "République de Guinée-Bissau" }, "GNB", "Guinea-Bissau", "Guinée-Bissau" },
                    { "GY", new[] { "Republic of Guyana", "République de Guyana" }, "GUY", "Guyana", "Guyana" },
                    { "HK", new[] { "Hong Kong Special Administrative Region of China", "Région spéciale administrative chinoise de Hong-Kong" }, "HKG", "Hong Kong", "Hong Kong" },
                    { "HM", new string[0], "HMD", "Heard Island and McDonald Islands", "îles Heard-et-MacDonald" },
                    { "HN", new[] { "Republic of Honduras", "République du Honduras" }, "HND", "Honduras", "Honduras" },
                    { "HR", new[] { "Republic of Croatia", "République de Croatie" }, "HRV", "Croatia", "Croatie" },
                    { "HT", new[] { "Republic of Haiti", "République de Haïti" }, "HTI", "Haiti", "Haïti" },
                    { "HU", new string[0], "HUN", "Hungary", "Hongrie" },
                    { "ID", new[] { "Republic of Indonesia", "République d'Indonésie" }, "IDN", "Indonesia", "Indonésie" },
                    { "IE", new string[0], "IRL", "Ireland", "Irlande" },
                    { "IL", new[] { "State of Israel", "État d'Israël" }, "ISR", "Israel", "Israël" },
                    { "IM", new string[0], "IMN", "Isle of Man", "Île de Man" },
                    { "IN", new[] { "Republic of India", "République d'Inde" }, "IND", "India", "Inde" },
                    { "IO", new string[0], "IOT", "British Indian Ocean Territory", "Territoire britannique de l'océan Indien" },
                    { "IQ", new[] { "Republic of Iraq", "République d'Iraq" }, "IRQ", "Iraq", "Irak" },
                    { "IR", new[] { "Iran", "Islamic Republic of Iran", "République islamique d'Iran" }, "IRN", "Iran, Islamic Republic of", "Iran, République islamique d'" },
                    { "IS", new[] { "Republic of Iceland", "République d'Islande" }, "ISL", "Iceland", "Islande" },
                    { "IT", new[] { "Italian Republic", "République italienne" }, "ITA", "Italy", "Italie" },
                    { "JE", new string[0], "JEY", "Jersey", "Jersey" },
                    { "JM", new string[0], "JAM", "Jamaica", "Jamaïque" },
                    { "JO", new[] { "Hashemite Kingdom of Jordan", "Royaume hachémite de Jordanie" }, "JOR", "Jordan", "Jordanie" },
                    { "JP", new string[0], "JPN", "Japan", "Japon" },
                    { "KE", new[] { "Republic of Kenya", "République du Kenya" }, "KEN", "Kenya", "Kenya" },
                    { "KG", new[] { "Kyrgyz Republic", "République kirghize" }, "KGZ", "Kyrgyzstan", "Kirghizistan" },
                    { "KH", new[] { "Kingdom of Cambodia", "Royaume du Cambodge", "Kampuchea" }, "KHM", "Cambodia", "Cambodge" },
                    { "KI", new[] { "Republic of Kiribati", "République de Kiribati" }, "KIR", "Kiribati", "Kiribati" },
                    { "KM", new[] { "Union of the Comoros", "Union des Comores" }, "COM", "Comoros", "Comores" },
                    { "KN", new string[0], "KNA", "Saint Kitts and Nevis", "Saint-Christophe-et-Niévès" },
                    { "KP", new[] { "North Korea", "Corée du Nord", "Democratic People's Republic of Korea", "République démocratique populaire de Corée", "DPRK", "Korea, North" }, "PRK", "Korea, Democratic People's Republic of", "Corée, République populaire démocratique de" },
                    { "KR", new[] { "South Korea", "Corée du Sud", "ROK", "Korea, South" }, "KOR", "Korea, Republic of", "Corée, République de" },
                    { "KW", new[] { "State of Kuwait", "État du Koweït" }, "KWT", "Kuwait", "Koweït" },
                    { "KY", new string[0], "CYM", "Cayman Islands", "îles Caïmans" },
                    { "KZ", new[] { "Republic of Kazakhstan", "République du Kazakhstan" }, "KAZ", "Kazakhstan", "Kazakhstan" },
                    { "LA", new[] { "Laos" }, "LAO", "Lao People's Democratic Republic", "Lao, République démocratique populaire" },
                    { "LB", new[] { "Lebanese Republic", "République libanaise" }, "LBN", "Lebanon", "Liban" },
                    { "LC", new string[0], "LCA", "Saint Lucia", "Sainte-Lucie" },
                    { "LI", new[] { "Principality of Liechtenstein", "Principauté du Liechtenstein" }, "LIE", "Liechtenstein", "Liechtenstein" },
                    { "LK", new[] { "Democratic Socialist Republic of Sri Lanka", "République démocratique socialiste de Sri Lanka" }, "LKA", "Sri Lanka", "Sri Lanka" },
                    { "LR", new[] { "Republic of Liberia", "République du Libéria" }, "LBR", "Liberia", "Libéria" },
                    { "LS", new[] { "Kingdom of Lesotho", "Royaume du Lesotho" }, "LSO", "Lesotho", "Lesotho" },
                    { "LT", new[] { "Republic of Lithuania", "République de Lituanie" }, "LTU", "Lithuania", "Lituanie" },
                    { "LU", new[] { "Grand Duchy of Luxembourg", "Grand-duché du Luxembourg" }, "LUX", "Luxembourg", "Luxembourg" },
                    { "LV", new[] { "Republic of Latvia", "République de Lettonie" }, "LVA", "Latvia", "Lettonie" },
                    { "LY", new string[0], "LBY", "Libya", "Libye" },
                    { "MA", new[] { "Kingdom of Morocco", "Royaume du Maroc" }, "MAR", "Morocco", "Maroc" },
                    { "MC", new[] { "Principality of Monaco", "Principauté de Monaco" }, "MCO", "Monaco", "Monaco" },
                    { "MD", new[] { "Moldova", "Moldavie", "Republic of Moldova", "République de Moldova" }, "MDA", "Moldova, Republic of", "Moldova, République de" },
                    { "ME", new string[0], "MNE", "Montenegro", "Monténégro" },
                    { "MF", new string[0], "MAF", "Saint Martin (French part)", "Saint-Martin (partie française)" },
                    { "MG", new[] { "Republic of Madagascar", "République de Madagascar" }, "MDG", "Madagascar", "Madagascar" },
                    { "MH", new[] { "Republic of the Marshall Islands", "République des Îles Marshall" }, "MHL", "Marshall Islands", "Îles Marshall" },
                    { "MK", new[] { "Republic of North Macedonia", "République de Macédoine du Nord", "Macedonia", "Macédoine" }, "MKD", "North Macedonia", "Macédoine du Nord" },
                    { "ML", new[] { "Republic of Mali", "République du Mali" }, "MLI", "Mali", "Mali" },
                    { "MM", new[] { "Republic of Myanmar", "République de Myanmar", "Burma" }, "MMR", "Myanmar", "Birmanie" },
                    { "MN", new string[0], "MNG", "Mongolia", "Mongolie" },
                    { "MO", new[] { "Macao Special Administrative Region of China", "Région spéciale administrative chinoise de Macao" }, "MAC", "Macao", "Macau" },
                    { "MP", new[] { "Commonwealth of the Northern Mariana Islands", "Commonwealth des îles Mariannes du Nord" }, "MNP", "Northern Mariana Islands", "Îles Mariannes du Nord" },
                    { "MQ", new string[0], "MTQ", "Martinique", "Martinique" },
                    { "MR", new[] { "Islamic Republic of Mauritania", "République islamique de Mauritanie" }, "MRT", "Mauritania", "Mauritanie" },
                    { "MS", new string[0], "MSR", "Montserrat", "Montserrat" },
                    { "MT", new[] { "Republic of Malta", "République de Malte" }, "MLT", "Malta", "Malte" },
                    { "MU", new[] { "Republic of Mauritius", "République de l'Île Maurice" }, "MUS", "Mauritius", "Maurice" },
                    { "MV", new[] { "Republic of Maldives", "République des Maldives" }, "MDV", "Maldives", "Maldives" },
                    { "MW", new[] { "Republic of Malawi", "République du Malawi" }, "MWI", "Malawi", "Malawi" },
                    { "MX", new[] { "United Mexican States", "États-Unis du Mexique" }, "MEX", "Mexico", "Mexique" },
                    { "MY", new string[0], "MYS", "Malaysia", "Malaisie" },
                    { "MZ", new[] { "Republic of Mozambique", "République du Mozambique" }, "MOZ", "Mozambique", "Mozambique" },
                    { "NA", new[] { "Republic of Namibia", "République de Namibie" }, "NAM", "Namibia", "Namibie" },
                    { "NC", new string[0], "NCL", "New Caledonia", "Nouvelle-Calédonie" },
                    { "NE", new[] { "Republic of the Niger", "République du Niger" }, "NER", "Niger", "Niger" },
                    { "NF", new string[0], "NFK", "Norfolk Island", "île Norfolk" },
                    { "NG", new[] { "Federal Republic of Nigeria", "République fédérale du Nigeria" }, "NGA", "Nigeria", "Nigeria" },
                    { "NI", new[] { "Republic of Nicaragua", "République du Nicaragua" }, "NIC", "Nicaragua", "Nicaragua" },
                    { "NL", new[] { "Kingdom of the Netherlands", "Royaume des Pays-Bas", "Holland" }, "NLD", "Netherlands", "Pays-Bas" },
                    { "NO", new[] { "Kingdom of Norway", "Royaume de Norvège" }, "NOR", "Norway", "Norvège" },
                    { "NP", new[] { "Federal Democratic Republic of Nepal", "République fédérale démocratique du Népal" }, "NPL", "Nepal", "Népal" },
                    { "NR", new[] { "Republic of Nauru", "République de Nauru" }, "NRU", "Nauru", "Nauru" },
                    { "NU", new string[0], "NIU", "Niue", "Nioue" },
                    { "NZ", new string[0], "NZL", "New Zealand", "Nouvelle-Zélande" },
                    { "OM", new[] { "Sultanate of Oman", "Sultanat d'Oman" }, "OMN", "Oman", "Oman" },
                    { "PA", new[] { "Republic of Panama", "République du Panama" }, "PAN", "Panama", "Panama" },
                    { "PE", new[] { "Republic of Peru", "République du Pérou" }, "PER", "Peru", "Pérou" },
                    { "PF", new string[0], "PYF", "French Polynesia", "Polynésie française" },
                    { "PG", new[] { "Independent State of Papua New Guinea", "État indépendant de Papouasie-Nouvelle-Guinée" }, "PNG", "Papua New Guinea", "Papouasie-Nouvelle-Guinée" },
                    { "PH", new[] { "Republic of the Philippines", "République des Philippines" }, "PHL", "Philippines", "Philippines" },
                    { "PK", new[] { "Islamic Republic of Pakistan", "République islamique du Pakistan" }, "PAK", "Pakistan", "Pakistan" },
                    { "PL", new[] { "Republic of Poland", "République de Pologne" }, "POL", "Poland", "Pologne" },
                    { "PM", new string[0], "SPM", "Saint Pierre and Miquelon", "Saint-Pierre-et-Miquelon" },
                    { "PN", new string[0], "PCN", "Pitcairn", "Îles Pitcairn" },
                    { "PR", new string[0], "PRI", "Puerto Rico", "Porto Rico" },
                    { "PS", new[] { "the State of Palestine", "l'État de Palestine", "Palestine", "Palestinian Territories", "Territoires palestiniens" }, "PSE", "Palestine, State of", "Palestine, État de" },
                    { "PT", new[] { "Portuguese Republic", "République portugaise" }, "PRT", "Portugal", "Portugal" },
                    { "PW", new[] { "Republic of Palau", "République de Palau" }, "PLW", "Palau", "Palaos" },
                    { "PY", new[] { "Republic of Paraguay", "République du Paraguay" }, "PRY", "Paraguay", "Paraguay" },
                    { "QA", new[] { "State of Qatar", "État du Qatar" }, "QAT", "Qatar", "Qatar" },
                    { "RE", new string[0], "REU", "Réunion", "Réunion, Île de la" },
                    { "RO", new string[0], "ROU", "Romania", "Roumanie" },
                    { "RS", new[] { "Republic of Serbia", "République de Serbie" }, "SRB", "Serbia", "Serbie" },
                    { "RU", new[] { "Russia", "Russie" }, "RUS", "Russian Federation", "Russie, Fédération de" },
                    { "RW", new[] { "Rwandese Republic", "République rwandaise" }, "RWA", "Rwanda", "Rwanda" },
                    { "SA", new[] { "Kingdom of Saudi Arabia", "Royaume d'Arabie saoudite" }, "SAU", "Saudi Arabia", "Arabie saoudite" },
                    { "SB", new string[0], "SLB", "Solomon Islands", "Salomon, Îles" },
                    { "SC", new[] { "Republic of Seychelles", "République des Seychelles" }, "SYC", "Seychelles", "Seychelles" },
                    { "SD", new[] { "Republic of the Sudan", "République du Soudan" }, "SDN", "Sudan", "Soudan" },
                    { "SE", new[] { "Kingdom of Sweden", "Royaume de Suède" }, "SWE", "Sweden", "Suède" },
                    { "SG", new[] { "Republic of Singapore", "République de Singapour" }, "SGP", "Singapore", "Singapour" },
                    { "SH", new string[0], "SHN", "Saint Helena, Ascension and Tristan da Cunha", "Sainte-Hélène, Ascension et Tristan da Cunha" },
                    { "SI", new[] { "Republic of Slovenia", "République de Slovénie" }, "SVN", "Slovenia", "Slovénie" },
                    { "SJ", new string[0], "SJM", "Svalbard and Jan Mayen", "Svalbard et île Jan Mayen" },
                    { "SK", new[] { "Slovak Republic", "République slovaque" }, "SVK", "Slovakia", "Slovaquie" },
                    { "SL", new[] { "Republic of Sierra Leone", "République de Sierra Leone" }, "SLE", "Sierra Leone", "Sierra Leone" },
                    { "SM", new[] { "Republic of San Marino", "République de San Marin" }, "SMR", "San Marino", "Saint-Marin" },
                    { "SN", new[] { "Republic of Senegal", "République du Sénégal" }, "SEN", "Senegal", "Sénégal" },
                    { "SO", new[] { "Federal Republic of Somalia", "République fédérale de Somalie" }, "SOM", "Somalia", "Somalie" },
                    { "SR", new[] { "Republic of Suriname", "République du Surinam" }, "SUR", "Suriname", "Surinam" },
                    { "SS", new[] { "Republic of South Sudan", "République du Soudan du Sud" }, "SSD", "South Sudan", "Soudan du Sud" },
                    { "ST", new[] { "Democratic Republic of Sao Tome and Principe", "République démocratique de Sao Tomé et Principe" }, "STP", "Sao Tome and Principe", "Sao Tomé-et-Principe" },
                    { "SV", new[] { "Republic of El Salvador", "République d'El Salvador" }, "SLV", "El Salvador", "Salvador" },
                    { "SX", new string[0], "SXM", "Sint Maarten (Dutch part)", "Saint-Martin (partie néerlandaise)" },
                    { "SY", new[] { "Syria", "Syrie" }, "SYR", "Syrian Arab Republic", "Syrienne, République arabe" },
                    { "SZ", new[] { "Kingdom of Eswatini", "Royaume d’Eswatini", "Swaziland" }, "SWZ", "Eswatini", "Eswatini" },
                    { "TC", new string[0], "TCA", "Turks and Caicos Islands", "îles Turques-et-Caïques" },
                    { "TD", new[] { "Republic of Chad", "République du Tchad" }, "TCD", "Chad", "Tchad" },
                    { "TF", new string[0], "ATF", "French Southern Territories", "Terres australes françaises" },
                    { "TG", new[] { "Togolese Republic", "République togolaise" }, "TGO", "Togo", "Togo" },
                    { "TH", new[] { "Kingdom of Thailand", "Royaume de Thaïlande" }, "THA", "Thailand", "Thaïlande" },
                    { "TJ", new[] { "Republic of Tajikistan", "République du Tadjikistan" }, "TJK", "Tajikistan", "Tadjikistan" },
                    { "TK", new string[0], "TKL", "Tokelau", "Tokelau" },
                    { "TL", new[] { "Democratic Republic of Timor-Leste", "République démocratique du Timor-Leste", "East Timor" }, "TLS", "Timor-Leste", "Timor oriental" },
                    { "TM", new string[0], "TKM", "Turkmenistan", "Turkménistan" },
                    { "TN", new[] { "Republic of Tunisia", "République de Tunisie" }, "TUN", "Tunisia", "Tunisie" },
                    { "TO", new[] { "Kingdom of Tonga", "Royaume des Tonga" }, "TON", "Tonga", "Tonga" },
                    { "TR", new[] { "Republic of Türkiye", "Turkey", "Turquie" }, "TUR", "Türkiye", "Türkiye" },
                    { "TT", new[] { "Republic of Trinidad and Tobago", "République de Trinité et Tobago" }, "TTO", "Trinidad and Tobago", "Trinité-et-Tobago" },
                    { "TV", new string[0], "TUV", "Tuvalu", "Tuvalu" },
                    { "TW", new[] { "Taiwan", "Taïwan" }, "TWN", "Taiwan, Province of China", "Taïwan, province de Chine" },
                    { "TZ", new[] { "Tanzania", "Tanzanie", "United Republic of Tanzania", "République unie de Tanzanie" }, "TZA", "Tanzania, United Republic of", "Tanzanie, République unie de" },
                    { "UA", new string[0], "UKR", "Ukraine", "Ukraine" },
                    { "UG", new[] { "Republic of Uganda", "République d'Ouganda" }, "UGA", "Uganda", "Ouganda" },
                    { "UM", new string[0], "UMI", "United States Minor Outlying Islands", "Îles mineures éloignées des États-Unis" },
                    { "US", new[] { "United States of America", "États-Unis d'Amérique", "USA", "America", "Etats-Unis" }, "USA", "United States", "États-Unis" },
                    { "UY", new[] { "Eastern Republic of Uruguay", "République orientale d'Uruguay" }, "URY", "Uruguay", "Uruguay" },
                    { "UZ", new[] { "Republic of Uzbekistan", "République d'Ouzbékistan" }, "UZB", "Uzbekistan", "Ouzbékistan" },
                    { "VA", new[] { "Holy See", "Vatican", "Saint-Siège" }, "VAT", "Holy See (Vatican City State)", "Saint-Siège (état de la cité du Vatican)" },
                    { "VC", new string[0], "VCT", "Saint Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines" },
                    { "VE", new[] { "Venezuela", "Vénézuela", "Bolivarian Republic of Venezuela", "République bolivarienne du Vénézuela" }, "VEN", "Venezuela, Bolivarian Republic of", "Vénézuela, république bolivarienne du" },
                    { "VG", new[] { "British Virgin Islands" }, "VGB", "Virgin Islands, British", "Îles Vierges britanniques" },
                    { "VI", new[] { "Virgin Islands of the United States", "Îles Vierges des États-Unis d'Amérique" }, "VIR", "Virgin Islands, U.S.", "Îles Vierges, États-Unis" },
                    { "VN", new[] { "Vietnam", "Socialist Republic of Viet Nam", "République socialiste du Viet Nam" }, "VNM", "Viet Nam", "Viêt Nam" },
                    { "VU", new[] { "Republic of Vanuatu", "République du Vanuatu" }, "VUT", "Vanuatu", "Vanuatu" },
                    { "WF", new string[0], "WLF", "Wallis and Futuna", "Wallis et Futuna" },
                    { "WS", new[] { "Independent State of Samoa", "État indépendant de Samoa" }, "WSM", "Samoa", "Samoa" },
                    { "YE", new[] { "Republic of Yemen", "République du Yémen" }, "YEM", "Yemen", "Yémen" },
                    { "YT", new string[0], "MYT", "Mayotte", "Mayotte" },
                    { "ZA", new[] { "Republic of South Africa", "République d'Afrique du Sud" }, "ZAF", "South Africa", "Afrique du Sud" },
                    { "ZM", new[] { "Republic of Zambia", "République de Zambie" }, "ZMB", "Zambia", "Zambie" },
                    { "ZW", new[] { "Republic of Zimbabwe", "République du Zimbabwe" }, "ZWE", "Zimbabwe", "Zimbabwe" }
                });

            migrationBuilder.InsertData(
                table: "publishers",
                columns: new[] { "id", "code", "name", "website" },
                values: new object[,]
                {
                    { 1, "FR-MFA", "French Ministry for Europe and Foreign Affairs", "https://www.diplomatie.gouv.fr" },
                    { 2, "US-DOS", "U.S. Department of State", "https://www.state.gov" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_countries_alpha3",
                table: "countries",
                column: "alpha3",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_profiles_country_code",
                table: "profiles",
                column: "country_code");

            migrationBuilder.CreateIndex(
                name: "IX_profiles_publisher_id_country_code_language",
                table: "profiles",
                columns: new[] { "publisher_id", "country_code", "language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publishers_code",
                table: "publishers",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_revisions_as_of",
                table: "revisions",
                columns: new[] { "profile_id", "effective_from", "sequence" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_revisions_corrects_revision_id",
                table: "revisions",
                column: "corrects_revision_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revisions_profile_id_sequence",
                table: "revisions",
                columns: new[] { "profile_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revisions_published_on",
                table: "revisions",
                column: "published_on");

            migrationBuilder.CreateIndex(
                name: "IX_sections_revision_id_position",
                table: "sections",
                columns: new[] { "revision_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sections_topic_revision_id",
                table: "sections",
                columns: new[] { "topic", "revision_id" });

            migrationBuilder.Sql(HistoryGuardsInstall);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HistoryGuardsUninstall);

            migrationBuilder.DropTable(
                name: "sections");

            migrationBuilder.DropTable(
                name: "revisions");

            migrationBuilder.DropTable(
                name: "profiles");

            migrationBuilder.DropTable(
                name: "countries");

            migrationBuilder.DropTable(
                name: "publishers");
        }
    }
}
