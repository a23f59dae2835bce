using System.Text;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CountryRelations.Tests.Infrastructure.TestData;

namespace CountryRelations.Tests.Dates;

/// <summary>No date outside the window reaches the database, by any path, and writes after an attempt keep working.</summary>
public sealed class DateWindowTests
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("9999-12-31")]
    public async Task A_date_outside_the_window_is_refused_on_every_write_path_and_later_writes_still_work(string date)
    {
        var server = await TestServer.GetAsync();
        var store = server.Services.GetRequiredService<RevisionStore>();
        var importer = server.Services.GetRequiredService<DocumentImporter>();
        var publisher = await NewPublisherAsync(server.Services);
        var stated = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var published = await Assert.ThrowsAsync<DomainException>(() => store.PublishAsync(Publish(publisher, date, "Text.")));
        var imported = await importer.ImportAsync(new ImportRequest("page", Encoding.UTF8.GetBytes(
            $"France and Senegal\n\nPolitical relations\n\nClose.\n\nUpdated: {stated:dd/MM/yyyy}"), Publisher: publisher, RecordedBy: "tests"));
        var first = await store.PublishAsync(Publish(publisher, "2016-01-01", "Text."));
        var captured = await importer.ImportAsync(new ImportRequest("edit", Encoding.UTF8.GetBytes(
            "France and Senegal\n\nPolitical relations\n\nChanged.\n\nUpdated: 01/01/2016"), Publisher: publisher, CapturedOn: stated, Country: "KP", RecordedBy: "tests"));
        var later = await store.PublishAsync(Publish(publisher, "2017-01-01", "Later text."));

        Assert.Equal(ErrorCodes.InvalidDate, published.Code);
        Assert.Equal((ImportOutcome.Refused, ErrorCodes.InvalidDate), (imported.Outcome, imported.ErrorCode));
        Assert.Equal((ImportOutcome.Refused, ErrorCodes.InvalidDate), (captured.Outcome, captured.ErrorCode));
        Assert.Equal(first.ProfileId, later.ProfileId);
    }

    [Fact]
    public async Task The_database_itself_refuses_an_infinite_date_from_any_client()
    {
        var server = await TestServer.GetAsync();
        var first = await server.Services.GetRequiredService<RevisionStore>().PublishAsync(Publish(await NewPublisherAsync(server.Services), "2016-01-01", "Text."));
        var database = await TestDatabase.GetAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO revisions (profile_id, sequence, kind, published_on, effective_from, recorded_by, content_sha256)
            VALUES (@profile, 2, 'Publication', '-infinity', '-infinity', 'rogue', repeat('0', 64))
            """, connection);
        insert.Parameters.AddWithValue("profile", first.ProfileId);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_revisions_finite_dates"), (refused.SqlState, refused.ConstraintName));
    }

    [Theory]
    [InlineData("{ profile(country: \"KP\", asOf: \"0001-01-01\") { id } }")]
    [InlineData("{ revisions(country: \"KP\", from: \"0001-01-01\", to: \"9999-12-31\") { totalCount } }")]
    [InlineData("{ changes(since: \"0001-01-01\") { totalCount } }")]
    [InlineData("{ profile(country: \"KP\", knownAt: \"0001-01-01T00:00:00Z\") { id } }")]
    public async Task Reads_with_extreme_dates_answer_invalid_date_not_an_internal_error(string query)
    {
        var json = await (await TestServer.GetAsync()).QueryAsync(query);

        Assert.Equal(ErrorCodes.InvalidDate, (string)json["errors"]![0]!["extensions"]!["code"]!);
    }
}
