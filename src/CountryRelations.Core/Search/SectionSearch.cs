using CountryRelations.Profiles;
using CountryRelations.Replicas;
using System.Globalization;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Paging;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CountryRelations.Search;

/// <summary>
/// Full-text search over section headings and bodies with PostgreSQL: each section is indexed under its profile's
/// language (English, French, German, Spanish, Italian, Portuguese or Dutch stemming, accents folded: SQL's
/// <c>search_configuration</c>); the query text is read in each (<c>search_configurations()</c>), each reading against
/// sections of its own language, so "Beziehung" finds "Beziehungen" in German sections. Ranked by <c>ts_rank_cd</c>, paged by keyset on (rank, section id), snippets by <c>ts_headline</c>.
/// </summary>
public sealed class SectionSearch(ReadContexts contexts, RevisionLoader history)
{
    private const string SearchList = "search";

    // Control characters cannot occur in stored text, so they mark highlights unambiguously.
    private const char Start = '\u0002';
    private const char Stop = '\u0003';

    /// <summary>One page of hits, best first, with the total count.</summary>
    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        var text = query.Text.Trim();
        if (text.Length is 0 or > 500)
        {
            throw new DomainException(ErrorCodes.InvalidSearch, "Give between 1 and 500 characters of search text.");
        }

        return Keyset.PageAsync<SearchHit>(
            page,
            hit => Cursor.EncodeRanked(SearchList, hit.Rank, hit.Section.Id),
            async (cursor, backward, limit) =>
            {
                (float Rank, long Id)? after = cursor is null ? null : Cursor.DecodeRanked(cursor, SearchList);

                return await HitsAsync(query with { Text = text }, after, backward, limit, cancellationToken);
            },
            () => CountAsync(query with { Text = text }, cancellationToken));
    }

    // Every language's reading of the text; each section is ranked against its own language's reading. Their union
    // (any reading) is what a text index is asked once: asked per language, it would walk the matches of a common word
    // once for every language.
    private const string Readings = """
        q AS (SELECT cfg, websearch_to_tsquery(cfg, @text) AS tsq FROM unnest(search_configurations()) AS cfg),
        readings AS (SELECT string_agg('(' || tsq::text || ')', ' | ')::tsquery AS tsq FROM q WHERE numnode(tsq) > 0)
        """;

    // The rows of a text table (section_search or head_section_search) that match any reading, each with its language's
    // reading. The subquery is fenced (OFFSET 0) so that the planner cannot push a language's reading into the index scan
    // and scan it once per language.
    private static string MatchingAnyReading(string table) => $"""
        q JOIN (SELECT * FROM {table} ss WHERE ss.document @@ (SELECT tsq FROM readings) OFFSET 0) ss ON ss.configuration = q.cfg
        """;

    private static string Ranked(string revision) => $"""
        SELECT ss.section_id, {revision} AS revision_id, ss.configuration, q.tsq, ts_rank_cd(ss.document, q.tsq) AS rank
        """;

    // The text matches in the section's language, and the section passes the request's filters (those given only: see
    // ProfileFilter.SqlCondition on generic plans).
    private static string Matches(SearchQuery query, string topic) => $"""
        ss.configuration = q.cfg AND ss.document @@ q.tsq
          AND {query.Profiles.SqlCondition()}
          {OfTopic(query, topic)}
        """;

    private static string OfTopic(SearchQuery query, string topic) => query.Topic is null ? "" : $"AND {topic} = @topic::text";

    // Every revision as known at an instant (allHistory): from the text index to the rows.
    private static string Hits(SearchQuery query) => $"""
        WITH {Readings},
        hits AS (
            {Ranked("s.revision_id")}
            FROM {MatchingAnyReading("section_search")}
            JOIN sections s ON s.id = ss.section_id
            JOIN revisions r ON r.id = s.revision_id
            JOIN profiles p ON p.id = r.profile_id
            JOIN publishers pub ON pub.id = p.publisher_id
            WHERE {Matches(query, "s.topic")}
              AND r.system_period @> @knownAt)
        """;

    // In force on a date (the default): the text index of the heads' sections answers for every profile whose head is
    // its revision in force (heads_not_in_force lists the others: for today as known now, all but none); the other
    // profiles walk their revision in force and test its few sections. The cost follows the present sections that
    // match, not the length of the history or the number of profiles.
    private static string InForceHits(SearchQuery query) => $"""
        WITH {Readings},
        hits AS (
            {Ranked("ss.revision_id")}
            FROM {MatchingAnyReading("head_section_search")}
            WHERE ss.document @@ q.tsq
              AND ss.profile_id NOT IN (SELECT profile_id FROM heads_not_in_force(@asOf::date, @knownAt))
              {(query.Profiles.Narrows ? $"AND ss.profile_id IN (SELECT p.id FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id WHERE {query.Profiles.SqlCondition()})" : "")}
              {OfTopic(query, "ss.topic")}
            UNION ALL
            {Ranked("s.revision_id")}
            FROM q, heads_not_in_force(@asOf::date, @knownAt) w
            JOIN profiles p ON p.id = w.profile_id
            JOIN publishers pub ON pub.id = p.publisher_id
            CROSS JOIN LATERAL revision_in_force(p.id, @asOf::date, @knownAt) r
            JOIN sections s ON s.revision_id = r.id
            JOIN section_search ss ON ss.section_id = s.id
            WHERE {Matches(query, "s.topic")})
        """;

    private static string HitsOf(SearchQuery query) => query.AsOf is null ? Hits(query) : InForceHits(query);

    private async Task<IReadOnlyList<SearchHit>> HitsAsync(
        SearchQuery query, (float Rank, long Id)? after, bool backward, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var beyond = after is null ? "true" : backward ? "(rank, section_id) > (@afterRank, @afterId)" : "(rank, section_id) < (@afterRank, @afterId)";
        var order = backward ? "rank ASC, section_id ASC" : "rank DESC, section_id DESC";
        var parameters = Parameters(query);
        parameters.Add(new NpgsqlParameter<float>("afterRank", NpgsqlDbType.Real) { TypedValue = after?.Rank ?? 0 });
        parameters.Add(new NpgsqlParameter<long>("afterId", after?.Id ?? 0));
        parameters.Add(new NpgsqlParameter<int>("limit", limit));
        // Only fixed fragments (beyond, order) are spliced in; every value travels as a parameter.
#pragma warning disable EF1003
        var rows = await db.Database.SqlQueryRaw<SearchRow>(
                HitsOf(query) + $"""
                , page AS (SELECT * FROM hits WHERE {beyond} ORDER BY {order} LIMIT @limit)
                SELECT page.section_id AS "SectionId", page.revision_id AS "RevisionId", page.rank AS "Rank",
                       ts_headline(page.configuration, s.body, page.tsq,
                           'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … "') AS "Headline"
                FROM page JOIN sections s ON s.id = page.section_id
                """,
                [.. parameters])
            .ToListAsync(cancellationToken);
#pragma warning restore EF1003
        var revisions = await history.FindManyAsync(rows.Select(r => r.RevisionId).Distinct().ToList(), cancellationToken);
        var hits = rows.Select(row =>
        {
            var revision = revisions[row.RevisionId];
            return new SearchHit(revision, revision.Sections.Single(s => s.Id == row.SectionId), row.Rank, Snippet(row.Headline));
        });
        return (backward
                ? hits.OrderBy(h => h.Rank).ThenBy(h => h.Section.Id)
                : hits.OrderByDescending(h => h.Rank).ThenByDescending(h => h.Section.Id))
            .ToList();
    }

    private async Task<int> CountAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One of two fixed texts; every value is a parameter.
#pragma warning disable EF1003
        return await db.Database.SqlQueryRaw<int>(HitsOf(query) + """SELECT count(*)::int AS "Value" FROM hits""", [.. Parameters(query)])
            .SingleAsync(cancellationToken);
#pragma warning restore EF1003
    }

    private static List<NpgsqlParameter> Parameters(SearchQuery query) =>
    [
        new NpgsqlParameter<string>("text", query.Text),
        new NpgsqlParameter<DateTime>("knownAt", query.KnownAt),
        .. query.Profiles.SqlParameters(),
        .. query.Topic is { } topic ? [new NpgsqlParameter<string>("topic", topic.ToString())] : Array.Empty<NpgsqlParameter>(),
        .. query.AsOf is { } asOf ? [new NpgsqlParameter<DateOnly>("asOf", asOf)] : Array.Empty<NpgsqlParameter>(),
    ];

    private static List<SnippetPart> Snippet(string headline)
    {
        var parts = new List<SnippetPart>();
        var highlighted = false;
        foreach (var piece in headline.Split(Start, Stop))
        {
            if (piece.Length > 0)
            {
                parts.Add(new SnippetPart(piece, highlighted));
            }

            highlighted = !highlighted;
        }

        return parts;
    }
}
