using CountryRelations.Api.Hosting;
using CountryRelations.History;
using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Tests.Hosting;

/// <summary>
/// Seeding at start-up: a broken sample stops the start, but a sample whose page the history already holds in another
/// text under the same date (the live page, captured since) is left out with a warning, and what is stored stays.
/// </summary>
public sealed class SampleProfilesSeederTests
{
    [Fact]
    public async Task A_sample_the_history_holds_in_another_text_is_left_out_and_a_broken_one_stops_the_start()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var folder = Directory.CreateTempSubdirectory("countryrelations-seed-").FullName;
        try
        {
            var sample = await File.ReadAllTextAsync(Path.Combine(SampleProfilesSeeder.SampleFolder, "fr-en_north-korea_2017.txt"));
            await File.WriteAllTextAsync(Path.Combine(folder, "page.txt"), sample);
            await File.WriteAllTextAsync(Path.Combine(folder, "manifest.tsv"), $"page.txt\t{publisher}\ten\tKP\t2017-01-01\t\n");
            // What an operator stored since under the same profile and date: the same page as it reads today.
            var importer = server.Services.GetRequiredService<DocumentImporter>();
            var live = await importer.ImportAsync(new ImportRequest("live.txt", System.Text.Encoding.UTF8.GetBytes(sample.Replace("France", "France (live)", StringComparison.Ordinal)), DocumentFormat.Text, RecordedBy: "tests")
            {
                Publisher = publisher, Language = "en", Country = "KP", PublishedOn = TestData.Date("2017-01-01"),
            });
            var logs = new CapturedLogs();
            var seeder = new SampleProfilesSeeder(importer, new LoggerFactory([logs]).CreateLogger<SampleProfilesSeeder>());

            await seeder.SeedAsync(folder, CancellationToken.None);
            await File.WriteAllTextAsync(Path.Combine(folder, "page.txt"), "");
            var broken = await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.SeedAsync(folder, CancellationToken.None));

            Assert.Equal(ImportOutcome.Created, live.Outcome);
            Assert.Contains(logs.Lines, line => line.Contains("page.txt not loaded", StringComparison.Ordinal) && line.Contains("stored history is kept", StringComparison.Ordinal));
            var timeline = await server.Services.GetRequiredService<ProfileTimeline>().ListAsync(live.Revision!.ProfileId, null, null, DateTime.UtcNow);
            Assert.Equal([live.Revision.Id], timeline.Select(e => e.Revision.Id));
            Assert.Contains("EMPTY_DOCUMENT", broken.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
