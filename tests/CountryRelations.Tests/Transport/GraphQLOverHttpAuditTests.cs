using System.Text.RegularExpressions;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

public sealed partial class GraphQLOverHttpAuditTests
{
    [Fact]
    public async Task The_graphql_http_audit_suite_passes_every_must_and_the_shoulds_not_listed_as_exceptions()
    {
        var server = await TestServer.GetAsync();

        var (exitCode, output) = await NodeTests.RunAsync("graphql-http-audit.test.mjs", server.GraphQLUri);

        var passed = int.Parse(Count().Match(output).Groups["pass"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(exitCode == 0, output);
        Assert.True(passed >= 50, $"only {passed} audits ran:\n{output}");
    }

    [GeneratedRegex(@"^# pass (?<pass>\d+)$", RegexOptions.Multiline)]
    private static partial Regex Count();
}
