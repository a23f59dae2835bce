using CountryRelations.Api.Hosting;
using CountryRelations.Tests.Infrastructure;
using Npgsql;

namespace CountryRelations.Tests.Hosting;

/// <summary>The server's own PostgreSQL asks every connection for a generated password kept owner-only beside it.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LocalPostgresClusterTests
{
    [Fact]
    public async Task Connections_need_the_generated_password_kept_owner_only_and_a_trusting_cluster_is_moved_over()
    {
        var data = Path.Combine(TempFolder.ForCluster("cluster-auth-"), "postgres");
        var cluster = await LocalPostgresCluster.StartAsync(data, port: 0, stopOnDispose: true, throwaway: true);
        try
        {
            await AssertPasswordNeededAsync(cluster);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(LocalPostgresCluster.PasswordFile(data)));
            Assert.DoesNotContain(await File.ReadAllLinesAsync(Path.Combine(data, "pg_hba.conf")), l => !l.TrimStart().StartsWith('#') && l.TrimEnd().EndsWith("trust", StringComparison.Ordinal));

            // A cluster made before passwords (every rule "trust", no password file) is moved over at its next start.
            var port = cluster.Port;
            await cluster.DisposeAsync();
            var hba = Path.Combine(data, "pg_hba.conf");
            await File.WriteAllTextAsync(hba, (await File.ReadAllTextAsync(hba)).Replace("scram-sha-256", "trust", StringComparison.Ordinal));
            var oldPassword = cluster.Password;
            File.Delete(LocalPostgresCluster.PasswordFile(data));
            cluster = await LocalPostgresCluster.StartAsync(data, port, stopOnDispose: true, throwaway: true);

            Assert.NotEqual(oldPassword, cluster.Password);
            await AssertPasswordNeededAsync(cluster);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static async Task AssertPasswordNeededAsync(LocalPostgresCluster cluster)
    {
        await using (var right = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await right.OpenAsync();
        }

        var without = new NpgsqlConnectionStringBuilder(cluster.ConnectionString("postgres")) { Password = null, Pooling = false };
        var wrong = new NpgsqlConnectionStringBuilder(cluster.ConnectionString("postgres")) { Password = "not-the-password", Pooling = false };
        await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
        {
            await using var connection = new NpgsqlConnection(without.ConnectionString);
            await connection.OpenAsync();
        });
        var refused = await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var connection = new NpgsqlConnection(wrong.ConnectionString);
            await connection.OpenAsync();
        });
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
    }
}
