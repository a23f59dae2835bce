using System.Diagnostics;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// The peer: PostGraphile v4 (pinned in <c>bench/peer/package-lock.json</c>, installed there with <c>npm ci</c> on first
/// use) over the same database, serving the as-of shape through a SQL function built on <c>revision_in_force</c>.
/// </summary>
public static class PostGraphilePeer
{
    /// <summary>The function PostGraphile exposes as <c>benchProfile(publisher, country, asOf)</c>.</summary>
    public const string Function = """
        CREATE OR REPLACE FUNCTION bench_profile(publisher text, country text, as_of date) RETURNS revisions LANGUAGE sql STABLE AS $$
            SELECT r.* FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id
            CROSS JOIN LATERAL revision_in_force(p.id, as_of, now()) r
            WHERE pub.code = publisher AND p.country_code = country AND p.language = 'en'
        $$;
        """;

    /// <summary>The as-of shape in PostGraphile's schema: the revision and its sections in page order.</summary>
    public const string Query = "query($c: String!, $p: String!, $d: Date!) { benchProfile(publisher: $p, country: $c, asOf: $d) { publishedOn sectionsByRevisionIdList(orderBy: POSITION_ASC) { topic heading body } } }";

    /// <summary>The peer's folder, or null when the repository's <c>bench/peer</c> cannot be found.</summary>
    public static string? Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var peer = Path.Combine(directory.FullName, "bench", "peer");
            if (File.Exists(Path.Combine(peer, "package-lock.json")))
            {
                return peer;
            }
        }

        return null;
    }

    /// <summary>Installs the pinned packages unless present; false (with the reason written) when npm cannot.</summary>
    public static async Task<bool> EnsureInstalledAsync(string folder)
    {
        if (File.Exists(Path.Combine(folder, "node_modules", ".bin", "postgraphile")))
        {
            return true;
        }

        try
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await npm.StandardOutput.ReadToEndAsync() + await npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                Console.Error.WriteLine("peer: npm ci failed, PostGraphile skipped:\n" + output);
            }

            return npm.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine("peer: npm is not installed, PostGraphile skipped.");
            return false;
        }
    }

    public static Task<ServedProcess> StartAsync(string folder, string connectionString, int port) =>
        ServedProcess.StartAsync(
            Path.Combine(folder, "node_modules", ".bin", "postgraphile"),
            ["--connection", connectionString, "--schema", "public", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--simple-collections", "only", "--disable-default-mutations", "--disable-query-log", "--no-setof-functions-contain-nulls"],
            new Dictionary<string, string> { ["NODE_ENV"] = "production" },
            port,
            "/graphql",
            folder);
}
