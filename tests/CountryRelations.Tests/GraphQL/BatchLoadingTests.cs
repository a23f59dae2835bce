using System.Text.Json.Nodes;
using CountryRelations.Countries;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CountryRelations.Tests.GraphQL;

public sealed class BatchLoadingTests(ITestOutputHelper output)
{
    private const string Query = """
        query($p: String, $n: Int) {
          profiles(publisher: $p, asOf: "2020-01-01", first: $n) {
            totalCount
            nodes { id language country { code nameEn region } publisher { code name }
                    sections { topic heading body }
                    revision { id publishedOn validUntil corrects { id } corrections { id } supersededBy { id } } }
          }
        }
        """;

    private static async Task<(int Statements, JsonNode Data)> CountAsync(TestServer server, string publisher, int first)
    {
        var (statements, response) = await SqlStatementCounter.QueryAsync(server, Query, new { p = publisher, n = first });
        return (statements, response["data"]!["profiles"]!);
    }

    [Fact]
    public async Task Listing_200_profiles_with_sections_country_publisher_and_revision_runs_as_many_statements_as_listing_5()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<RevisionStore>();
        var countries = CountryCatalog.Default.All.Take(200).ToList();
        await Parallel.ForEachAsync(countries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (country, ct) =>
            await store.PublishAsync(TestData.Publish(publisher, "2019-06-01", $"Trade with {country.NameEn} grew.", country.Code), ct));

        var (few, small) = await CountAsync(server, publisher, 5);
        var (many, large) = await CountAsync(server, publisher, 200);

        Assert.Equal(200, (int)large["totalCount"]!);
        Assert.Equal(200, large["nodes"]!.AsArray().Count);
        Assert.All(large["nodes"]!.AsArray(), p => Assert.Equal("Economic relations", (string)p!["sections"]![0]!["heading"]!));
        Assert.Equal(5, small["nodes"]!.AsArray().Count);
        Assert.True(many > 0, "no statement was counted: is Npgsql tracing reaching the listener?");
        output.WriteLine($"SQL statements: {few} for 5 profiles, {many} for 200");
        // Rows already held in memory (read by another test, or by the live feed) skip the one batched load of their
        // details (a few statements), so the counts may differ by that much, never by the number of profiles.
        Assert.InRange(many, few - 4, few + 4);
        Assert.True(many <= 12, $"{many} statements for one page of profiles");
    }
}
