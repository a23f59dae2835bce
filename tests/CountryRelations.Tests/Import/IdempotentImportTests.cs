using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Import;

public sealed class IdempotentImportTests
{
    [Fact]
    public async Task Fifty_identical_imports_at_once_record_one_revision_and_report_the_rest_already_stored()
    {
        var server = await TestServer.GetAsync();
        var importer = server.Services.GetRequiredService<DocumentImporter>();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var page = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "fr-en_north-korea_2016-03-23.txt"));

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => importer.ImportAsync(new ImportRequest($"copy {i}", page, Publisher: publisher, RecordedBy: "tests")))));

        var created = Assert.Single(results, r => r.Outcome == ImportOutcome.Created);
        Assert.All(results.Where(r => r != created), r => Assert.Equal((ImportOutcome.AlreadyStored, created.Revision!.Id), (r.Outcome, r.Revision!.Id)));
    }
}
