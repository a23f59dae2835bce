using Npgsql;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// The two database roles of an installation, set up with a superuser's connection (the embedded cluster, the
/// tests): <c>countryrelations_owner</c> owns the schema and runs the migrations; <c>countryrelations_app</c>, which
/// the server connects as, may only read and insert (the migrations grant it exactly that).
/// </summary>
public static class DatabaseRoles
{
    public const string Owner = "countryrelations_owner";

    public const string Application = "countryrelations_app";

    /// <summary>
    /// Creates both login roles unless they exist, makes the owner own the database and every object in it, and
    /// returns the owner's and the application's connection strings, with <paramref name="password"/> (by default the
    /// superuser connection's own).
    /// </summary>
    public static async Task<(string Owner, string Application)> EnsureAsync(string superuserConnectionString, string? password = null, CancellationToken cancellationToken = default)
    {
        var superuser = new NpgsqlConnectionStringBuilder(superuserConnectionString);
        // Where the server checks passwords (the embedded cluster does), the roles share the cluster's own.
        password ??= superuser.Password;
        await using var connection = new NpgsqlConnection(superuserConnectionString);
        await connection.OpenAsync(cancellationToken);
        var secret = password is null ? "NULL" : "'" + password.Replace("'", "''", StringComparison.Ordinal) + "'";
        await using var setup = new NpgsqlCommand(
            $$"""
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{Owner}}') THEN CREATE ROLE {{Owner}} LOGIN; END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{Application}}') THEN CREATE ROLE {{Application}} LOGIN; END IF;
                ALTER ROLE {{Owner}} LOGIN NOSUPERUSER NOCREATEROLE PASSWORD {{secret}};
                ALTER ROLE {{Application}} LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB PASSWORD {{secret}};
            END $$;
            ALTER DATABASE "{{superuser.Database}}" OWNER TO {{Owner}};
            ALTER SCHEMA public OWNER TO {{Owner}};
            DO $$
            DECLARE item record;
            BEGIN
                -- A database created before the roles existed (an older embedded install) hands its objects over;
                -- a table's identity sequences and indexes follow their table.
                FOR item IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> '{{Owner}}'
                LOOP
                    EXECUTE format(CASE item.relkind WHEN 'v' THEN 'ALTER VIEW %I OWNER TO {{Owner}}'
                                   WHEN 'm' THEN 'ALTER MATERIALIZED VIEW %I OWNER TO {{Owner}}' ELSE 'ALTER TABLE %I OWNER TO {{Owner}}' END, item.relname);
                END LOOP;
                FOR item IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                            WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '{{Owner}}' AND p.prokind = 'f'
                            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER FUNCTION %s OWNER TO {{Owner}}', item.signature);
                END LOOP;
                FOR item IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                            WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') AND pg_get_userbyid(t.typowner) <> '{{Owner}}'
                            AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)
                            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER TYPE %s OWNER TO {{Owner}}', item.name);
                END LOOP;
            END $$;
            """,
            connection);
        await setup.ExecuteNonQueryAsync(cancellationToken);
        // The superuser's session is set-up only: nothing of it stays pooled in a process that goes on serving.
        await connection.CloseAsync();
        NpgsqlConnection.ClearPool(connection);
        return (As(superuser, Owner, password), As(superuser, Application, password));
    }

    private static string As(NpgsqlConnectionStringBuilder superuser, string role, string? password) =>
        new NpgsqlConnectionStringBuilder(superuser.ConnectionString) { Username = role, Password = password }.ConnectionString;
}
