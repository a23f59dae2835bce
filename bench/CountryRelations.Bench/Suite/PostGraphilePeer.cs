using System.Diagnostics;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// The peer: PostGraphile v4 (pinned in <c>bench/peer/package-lock.json</c>, installed there with <c>npm ci</c> on first
/// use) over the same database, answering every shape it can through SQL functions built on the store's own rules (<see cref="Functions"/>).
/// </summary>
public static class PostGraphilePeer
{
    /// <summary>
    /// The SQL functions PostGraphile exposes for the shapes it can answer, each built on the same rules the server
    /// uses (<c>revision_in_force</c>, the search documents), so that both sides do the same database work.
    /// </summary>
    public const string Functions = """
        CREATE OR REPLACE FUNCTION bench_profile(publisher text, country text, as_of date) RETURNS revisions LANGUAGE sql STABLE AS $$
            SELECT r.* FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id
            CROSS JOIN LATERAL revision_in_force(p.id, as_of, now()) r
            WHERE pub.code = publisher AND p.country_code = country AND p.language = 'en'
        $$;
        CREATE OR REPLACE FUNCTION bench_topic(topic_name text, as_of date) RETURNS SETOF sections LANGUAGE sql STABLE AS $$
            SELECT s.* FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id
            CROSS JOIN LATERAL revision_in_force(p.id, as_of, now()) r
            JOIN sections s ON s.revision_id = r.id AND s.topic = topic_name
            ORDER BY p.country_code, pub.code, p.language, s.position
        $$;
        CREATE OR REPLACE FUNCTION bench_timeline(publisher text, country text) RETURNS SETOF revisions LANGUAGE sql STABLE AS $$
            SELECT r.* FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id
            JOIN revisions r ON r.profile_id = p.id AND r.system_period @> now()
            WHERE pub.code = publisher AND p.country_code = country AND p.language = 'en'
            ORDER BY r.effective_from DESC, r.sequence DESC
        $$;
        CREATE OR REPLACE FUNCTION bench_changes(since date, until date) RETURNS SETOF revisions LANGUAGE sql STABLE AS $$
            SELECT r.* FROM revisions r WHERE r.effective_from BETWEEN since AND until AND r.system_period @> now()
            ORDER BY r.effective_from, r.id
        $$;
        CREATE OR REPLACE FUNCTION revisions_predecessor(r revisions) RETURNS revisions LANGUAGE sql STABLE AS $$
            SELECT p.* FROM revision_in_force(r.profile_id, r.effective_from - 1, now()) p
        $$;
        CREATE OR REPLACE FUNCTION bench_search(word text) RETURNS SETOF sections LANGUAGE sql STABLE AS $$
            WITH q AS (SELECT websearch_to_tsquery('cr_english'::regconfig, word) AS tsq),
            hits AS (
                SELECT ss.section_id, ts_rank_cd(ss.document, q.tsq) AS rank
                FROM q JOIN head_section_search ss ON ss.document @@ q.tsq
                WHERE ss.profile_id NOT IN (SELECT profile_id FROM heads_not_in_force(current_date, now()))
                UNION ALL
                SELECT ss.section_id, ts_rank_cd(ss.document, q.tsq)
                FROM q, heads_not_in_force(current_date, now()) w
                CROSS JOIN LATERAL revision_in_force(w.profile_id, current_date, now()) r
                JOIN sections s ON s.revision_id = r.id
                JOIN section_search ss ON ss.section_id = s.id
                WHERE ss.document @@ q.tsq)
            SELECT s.* FROM hits JOIN sections s ON s.id = hits.section_id
            ORDER BY hits.rank DESC, hits.section_id DESC
        $$;
        """;

    /// <summary>The as-of shape in PostGraphile's schema: the revision and its sections in page order.</summary>
    public const string AsOf = "query($c: String!, $p: String!, $d: Date!) { benchProfile(publisher: $p, country: $c, asOf: $d) { publishedOn sectionsByRevisionIdList(orderBy: POSITION_ASC) { topic heading body } } }";

    /// <summary>One topic across profiles as of a date, first 20.</summary>
    public const string Topic = "query($d: Date!) { benchTopicList(topicName: \"Economic\", asOf: $d, first: 20) { heading body } }";

    /// <summary>A profile's ten newest revisions with their sections.</summary>
    public const string Timeline = "query($c: String!, $p: String!) { benchTimelineList(publisher: $p, country: $c, first: 10) { publishedOn sectionsByRevisionIdList(orderBy: POSITION_ASC) { heading body } } }";

    /// <summary>The first ten changes of a window, each with its predecessor's sections: the peer hands both texts over, it cannot compare them.</summary>
    public const string Changes = "query($s: Date!, $u: Date!) { benchChangesList(since: $s, until: $u, first: 10) { publishedOn sectionsByRevisionIdList(orderBy: POSITION_ASC) { body } predecessor { sectionsByRevisionIdList(orderBy: POSITION_ASC) { body } } } }";

    /// <summary>A word in the revisions in force today, best ten.</summary>
    public const string Search = "query($t: String!) { benchSearchList(word: $t, first: 10) { id heading } }";

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
