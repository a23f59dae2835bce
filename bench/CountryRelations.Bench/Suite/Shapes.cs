using System.Globalization;
using System.Text.Json;

namespace CountryRelations.Bench.Suite;

/// <summary>The query shapes of the suite over a generated corpus, each drawing a random profile, date or word.</summary>
public static class Shapes
{
    private static readonly string[] Words = ["cooperation", "trade", "embassy", "humanitarian", "visit", "agreement", "development", "investment"];

    public static IReadOnlyList<Shape> For(CorpusGenerator corpus)
    {
        // The corpus's day number `day` as a GraphQL Date.
        static string Day(int day) => CorpusGenerator.FirstDate.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var first = Day(0);
        var profiles = corpus.Profiles.Count;
        var days = corpus.Days;
        string Date(Random random) => Day(random.Next(days));
        (string Publisher, string Country) Profile(Random random) => corpus.Profiles[random.Next(profiles)];
        static string Body(string query, object variables) => JsonSerializer.Serialize(new { query, variables });
        var popularity = new Zipf(profiles);

        return
        [
            new Shape(
                "as-of",
                "the profile in force on a random date",
                $"""
                \set p random(1, {profiles})
                \set d random(0, {days - 1})
                SELECT s.topic, s.heading, s.body FROM revision_in_force(:p, DATE '{first}' + (:d)::int, now()) r JOIN sections s ON s.revision_id = r.id ORDER BY s.position;
                """,
                random =>
                {
                    var (publisher, country) = Profile(random);
                    return Body("query($c: String!, $p: String, $d: Date) { profile(country: $c, publisher: $p, asOf: $d) { publishedOn sections { topic heading body } } }",
                        new { c = country, p = publisher, d = Date(random) });
                },
                random =>
                {
                    var (publisher, country) = Profile(random);
                    return Body(PostGraphilePeer.AsOf, new { c = country, p = publisher, d = Date(random) });
                },
                "/as-of"),
            new Shape(
                "topic",
                "one topic across all profiles as of a date, first 20",
                $"""
                \set d random(0, {days - 1})
                SELECT s.heading, s.body FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id
                CROSS JOIN LATERAL revision_in_force(p.id, DATE '{first}' + (:d)::int, now()) r
                JOIN sections s ON s.revision_id = r.id AND s.topic = 'Economic'
                ORDER BY p.country_code, pub.code, p.language, s.position LIMIT 20;
                """,
                random => Body("query($d: Date) { sections(topic: ECONOMIC, asOf: $d, first: 20) { nodes { heading body } } }", new { d = Date(random) }),
                random => Body(PostGraphilePeer.Topic, new { d = Date(random) })),
            new Shape(
                "timeline",
                "a profile's 10 newest revisions with their sections",
                $"""
                \set p random(1, {profiles})
                SELECT r.published_on, s.heading, s.body
                FROM (SELECT id, published_on, effective_from, sequence FROM revisions WHERE profile_id = :p AND system_period @> now()
                      ORDER BY effective_from DESC, sequence DESC LIMIT 10) r
                JOIN sections s ON s.revision_id = r.id ORDER BY r.effective_from DESC, r.sequence DESC, s.position;
                """,
                random =>
                {
                    var (publisher, country) = Profile(random);
                    return Body("query($c: String!, $p: String) { revisions(country: $c, publisher: $p, order: NEWEST_FIRST, first: 10) { nodes { publishedOn sections { heading body } } } }",
                        new { c = country, p = publisher });
                },
                random =>
                {
                    var (publisher, country) = Profile(random);
                    return Body(PostGraphilePeer.Timeline, new { c = country, p = publisher });
                },
                "/timeline"),
            new Shape(
                "compare",
                "a profile compared between two dates 90 days apart",
                $"""
                \set p random(1, {profiles})
                \set d random(0, {days - 91})
                SELECT s.revision_id, s.heading, s.body FROM sections s
                WHERE s.revision_id IN ((SELECT id FROM revision_in_force(:p, DATE '{first}' + (:d)::int, now())),
                                        (SELECT id FROM revision_in_force(:p, DATE '{first}' + (:d)::int + 90, now())))
                ORDER BY s.revision_id, s.position;
                """,
                random =>
                {
                    var (publisher, country) = Profile(random);
                    var from = random.Next(days - 91);
                    return Body("query($c: String!, $p: String, $f: Date!, $t: Date) { compareProfile(country: $c, publisher: $p, from: $f, to: $t) { summary { changed wordsAdded wordsRemoved } } }",
                        new
                        {
                            c = country, p = publisher,
                            f = Day(from),
                            t = Day(from + 90),
                        });
                },
                NoPeer: "the peer has no word comparison"),
            new Shape(
                "changes",
                "the first 10 changes of a 30-day window across profiles, each compared to its predecessor",
                $"""
                \set d random(0, {days - 31})
                SELECT c.id, s.heading, s.body, ps.body
                FROM (SELECT id, profile_id, effective_from FROM revisions
                      WHERE effective_from BETWEEN DATE '{first}' + (:d)::int AND DATE '{first}' + (:d)::int + 30 AND system_period @> now()
                      ORDER BY effective_from, id LIMIT 10) c
                LEFT JOIN LATERAL revision_in_force(c.profile_id, c.effective_from - 1, now()) p ON true
                JOIN sections s ON s.revision_id = c.id
                LEFT JOIN sections ps ON ps.revision_id = p.id AND ps.position = s.position
                ORDER BY c.effective_from, c.id, s.position;
                """,
                random =>
                {
                    var since = random.Next(days - 31);
                    return Body("query($s: Date!, $u: Date) { changes(since: $s, until: $u, first: 10) { nodes { to { publishedOn } summary { changed wordsAdded } } } }",
                        new
                        {
                            s = Day(since),
                            u = Day(since + 30),
                        });
                },
                random =>
                {
                    var since = random.Next(days - 31);
                    return Body(PostGraphilePeer.Changes, new { s = Day(since), u = Day(since + 30) });
                }),
            new Shape(
                "search",
                "a word in the revisions in force today, best 10",
                $"""
                \set w random(0, {Words.Length - 1})
                SELECT id FROM bench_search((ARRAY[{string.Join(", ", Words.Select(w => $"'{w}'"))}])[:w + 1]) LIMIT 10;
                """,
                random => Body("query($t: String!) { search(text: $t, first: 10) { nodes { rank section { heading } } } }", new { t = Words[random.Next(Words.Length)] }),
                random => Body(PostGraphilePeer.Search, new { t = Words[random.Next(Words.Length)] })),
            new Shape(
                "popular",
                $"the profile in force today, profiles drawn Zipf-distributed (s = {Zipf.Exponent.ToString(CultureInfo.InvariantCulture)}): a few countries most asked for",
                $"""
                \set p random_zipfian(1, {profiles}, {Zipf.Exponent.ToString(CultureInfo.InvariantCulture)})
                SELECT r.published_on, s.topic, s.heading, s.body FROM revision_in_force(:p, current_date, now()) r JOIN sections s ON s.revision_id = r.id ORDER BY s.position;
                """,
                random =>
                {
                    var (publisher, country) = corpus.Profiles[popularity.Next(random)];
                    return Body("query($c: String!, $p: String) { profile(country: $c, publisher: $p) { publishedOn sections { topic heading body } } }", new { c = country, p = publisher });
                },
                random =>
                {
                    var (publisher, country) = corpus.Profiles[popularity.Next(random)];
                    return Body(PostGraphilePeer.AsOf, new { c = country, p = publisher, d = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
                },
                "/as-of"),
        ];
    }
}
