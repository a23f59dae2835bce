using CountryRelations.Replicas;
using System.Globalization;
using CountryRelations.Paging;
using CountryRelations.Persistence;
using CountryRelations.Profiles;
using CountryRelations.Topics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CountryRelations.History;

/// <summary>
/// One topic across profiles: the sections of that topic in each profile's revision in force on a date, ordered by
/// country, publisher, language and place on the page, read by keyset on that order. The revision in force is one
/// probe of <c>ix_revisions_as_of</c> per profile (a LATERAL join). The country code keeps its column type so that
/// a page walks profiles in the order of their country index and stops, instead of sorting every profile's sections.
/// </summary>
public sealed class TopicAcrossProfiles(ReadContexts contexts, RevisionLoader history)
{
    private const string SectionsList = "sections";

    private static string InForce(ProfileFilter filter) => $"""
        WITH listed AS (
            SELECT s.id AS section_id, r.id AS revision_id, p.country_code, pub.code AS publisher_code,
                   p.language, s.position
            FROM profiles p
            JOIN publishers pub ON pub.id = p.publisher_id
            CROSS JOIN LATERAL revision_in_force(p.id, @asOf, @knownAt) r
            JOIN sections s ON s.revision_id = r.id AND s.topic = @topic
            WHERE {filter.SqlCondition()})
        """;

    /// <summary>One page of <paramref name="topic"/>'s sections in force on <paramref name="asOf"/>, with the total count.</summary>
    public Task<Page<TopicSection>> PageAsync(
        Topic topic, DateOnly asOf, DateTime knownAt, ProfileFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Keyset.PageAsync<TopicSection>(
            page,
            s => Cursor.Encode(SectionsList, s.Revision.Profile.CountryCode, s.Revision.Profile.Publisher.Code, s.Revision.Profile.Language,
                s.Section.Position.ToString(CultureInfo.InvariantCulture)),
            async (cursor, backward, limit) =>
            {
                var parameters = Parameters(topic, asOf, knownAt, filter);
                var beyond = "true";
                if (cursor is not null)
                {
                    var key = Cursor.Decode(cursor, SectionsList, 4, k => int.TryParse(k[3], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                        ? (Country: k[0], Publisher: k[1], Language: k[2], Position: position)
                        : ((string Country, string Publisher, string Language, int Position)?)null);
                    parameters.AddRange([new NpgsqlParameter<string>("c", key.Country), new NpgsqlParameter<string>("pub", key.Publisher),
                        new NpgsqlParameter<string>("lang", key.Language), new NpgsqlParameter<int>("pos", key.Position)]);
                    beyond = backward
                        ? "(country_code, publisher_code, language, position) < (@c::char(2), @pub, @lang, @pos)"
                        : "(country_code, publisher_code, language, position) > (@c::char(2), @pub, @lang, @pos)";
                }

                var order = backward
                    ? "country_code DESC, publisher_code DESC, language DESC, position DESC"
                    : "country_code, publisher_code, language, position";
                parameters.Add(new NpgsqlParameter<int>("limit", limit));
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);

                // Only the fixed fragments beyond and order are spliced in; every value is a parameter.
#pragma warning disable EF1003
                var rows = await db.Database.SqlQueryRaw<SectionKeyRow>(
                        InForce(filter) + $"""
                        SELECT section_id AS "SectionId", revision_id AS "RevisionId", country_code AS "CountryCode",
                               publisher_code AS "PublisherCode", language AS "Language", position AS "Position"
                        FROM listed WHERE {beyond} ORDER BY {order} LIMIT @limit
                        """,
                        [.. parameters])
                    .ToListAsync(cancellationToken);
#pragma warning restore EF1003
                var revisions = await history.FindManyAsync(rows.Select(r => r.RevisionId).Distinct().ToList(), cancellationToken);
                return (IReadOnlyList<TopicSection>)rows
                    .Select(row => new TopicSection(revisions[row.RevisionId], revisions[row.RevisionId].Sections.Single(s => s.Id == row.SectionId)))
                    .ToList();
            },
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                // The filter's fixed fragments only (ProfileFilter.SqlCondition); every value is a parameter.
#pragma warning disable EF1003
                return await db.Database.SqlQueryRaw<int>(InForce(filter) + """SELECT count(*)::int AS "Value" FROM listed""", [.. Parameters(topic, asOf, knownAt, filter)])
                    .SingleAsync(cancellationToken);
#pragma warning restore EF1003
            });

    private static List<NpgsqlParameter> Parameters(Topic topic, DateOnly asOf, DateTime knownAt, ProfileFilter filter) =>
    [
        new NpgsqlParameter<string>("topic", topic.ToString()),
        new NpgsqlParameter<DateOnly>("asOf", asOf),
        new NpgsqlParameter<DateTime>("knownAt", knownAt),
        .. filter.SqlParameters(),
    ];
}
