using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Capture;

/// <summary>The capture verbs from the shell: sources add, list, remove; capture --once for cron; coded refusals.</summary>
[Collection(CaptureServer.Collection)]
public sealed class CaptureCommandsTests(CaptureServer fixture) : IClassFixture<CaptureServer>
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(Uri site, params string[] args)
    {
        var database = await TestDatabase.GetAsync();
        return await CliProcess.RunAsync(
            [.. args, .. CaptureServer.Settings(site).Select(s => $"--{s.Key}={s.Value}")],
            CliProcess.Database(database.ApplicationConnectionString, database.OwnerConnectionString));
    }

    [Fact]
    public async Task Sources_are_added_listed_captured_once_and_removed_from_the_shell()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        fixture.Site.Page($"/cli/{publisher}", () => CaptureServer.Page("23/03/2016", "€7 million in 2014"));
        var url = fixture.Site.Url($"/cli/{publisher}");

        var added = await RunAsync(fixture.Site.Root, "sources", "add", url, "--publisher", publisher, "--country", "KP", "--language", "en", "--every", "P2D");
        var again = await RunAsync(fixture.Site.Root, "sources", "add", url);
        var badInterval = await RunAsync(fixture.Site.Root, "sources", "add", url + "?x", "--every", "often");
        var captured = await RunAsync(fixture.Site.Root, "capture", "--once");
        var listed = await RunAsync(fixture.Site.Root, "sources", "list");
        var id = added.Output.Split(':')[0].Replace("Source ", "", StringComparison.Ordinal).Trim();
        var removed = await RunAsync(fixture.Site.Root, "sources", "remove", id);
        var listedAfter = await RunAsync(fixture.Site.Root, "sources", "list");

        Assert.Equal(0, added.Exit);
        Assert.Contains("every P2D", added.Output, StringComparison.Ordinal);
        Assert.Equal((1, true), (again.Exit, again.Error.StartsWith("SOURCE_EXISTS:", StringComparison.Ordinal)));
        Assert.Equal((1, true), (badInterval.Exit, badInterval.Error.StartsWith("INVALID_INPUT:", StringComparison.Ordinal)));
        Assert.Contains($"Created        {url}", captured.Output, StringComparison.Ordinal);
        Assert.Contains(url, listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, removed.Exit);
        Assert.DoesNotContain(url, listedAfter.Output, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Site.Count($"/cli/{publisher}"));
    }
}
