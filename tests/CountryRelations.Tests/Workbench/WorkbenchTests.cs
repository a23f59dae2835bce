using System.Text.RegularExpressions;
using CountryRelations.Api.Security;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Workbench;

/// <summary>The auditors' workbench in headless Chromium (tests/http-conformance/workbench.test.mjs).</summary>
public sealed partial class WorkbenchTests
{
    [Fact]
    public async Task The_workbench_compares_charts_verifies_and_follows_live_changes_accessibly_offline()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);

        var (exitCode, output) = await NodeTests.RunAsync("workbench.test.mjs", server.GraphQLUri, new Dictionary<string, string>
        {
            ["COUNTRYRELATIONS_EDITOR_TOKEN"] = TestServer.Token(Roles.Editor),
            ["COUNTRYRELATIONS_AUDITOR_TOKEN"] = TestServer.Token(Roles.Auditor),
            ["COUNTRYRELATIONS_PUBLISHER"] = publisher,
        });

        Assert.True(exitCode == 0, output);
        Assert.Equal("4", Passed().Match(output).Groups[1].Value);
        Assert.True(File.Exists(Path.Combine(NodeTests.Folder, "artifacts", "workbench.png")));
    }

    [GeneratedRegex(@"^# pass (\d+)$", RegexOptions.Multiline)]
    private static partial Regex Passed();
}
