using System.Collections.Concurrent;
using CountryRelations.Tests.Infrastructure;


namespace CountryRelations.Tests.Telemetry;

/// <summary>Whatever the log level, no bearer token and no variable's value reaches the log.</summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Tokens_and_variable_values_are_never_logged_even_at_trace_level()
    {
        var logs = new CapturedLogs();
        var server = await TestServer.StartAsync(new Dictionary<string, string?>(), logs: logs);
        try
        {
            const string secret = "variable-value-that-must-not-be-logged";
            await server.QueryAsync("query($c: String!) { profile(country: $c) { id } }", new { c = secret });
            await server.QueryAsync("query($d: Date) { profile(country: \"KP\", asOf: $d) { id } }", new { d = secret });
            await server.QueryAsync("mutation($i: ImportDocumentInput!) { importDocument(input: $i) { outcome } }",
                new { i = new { content = secret, recordedBy = secret, publisher = "NOPE" } });
            await server.QueryAsync("{ verifyAllHistory { intact } }", token: "not-a-token." + secret);

            Assert.NotEmpty(logs.Lines);
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Lines, line => line.Contains(TestServer.StaffToken, StringComparison.Ordinal) || line.Contains(TestServer.StaffToken.Split('.')[2], StringComparison.Ordinal));
        }
        finally
        {
            await server.StopAsync();
        }
    }
}
