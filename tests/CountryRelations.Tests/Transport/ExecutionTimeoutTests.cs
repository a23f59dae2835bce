using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

public sealed class ExecutionTimeoutTests
{
    [Fact]
    public async Task An_execution_over_the_timeout_is_stopped_with_TIMEOUT_and_the_server_keeps_serving()
    {
        await TestServer.GetAsync(); // the shared instance seeds the sample profiles
        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Limits:Timeout"] = "00:00:00.001" });
        try
        {
            // Recomputes every profile's hash chain ten times: far more than 1 ms with the test run's data, even when a busy
            // machine fires the deadline's timer late (once seen: a single verification finished first).
            var slow = await server.QueryAsync("{ " + string.Join(' ', Enumerable.Range(0, 10).Select(i => $"v{i}: verifyAllHistory {{ intact }}")) + " }");
            // A query that waits on nothing fits in 1 ms unless the machine is busy (the rest of the suite runs beside
            // this test); tries spread over a few seconds absorb that.
            JsonObject quick;
            var tries = 0;
            do
            {
                quick = await server.QueryAsync("{ __typename }");
                if (quick["data"] is null)
                {
                    await Task.Delay(100);
                }
            }
            while (quick["data"] is null && ++tries < 60);

            Assert.True(slow["errors"]?[0]?["extensions"]?["code"] is not null, slow.ToJsonString());
            Assert.Equal("TIMEOUT", (string)slow["errors"]![0]!["extensions"]!["code"]!);
            Assert.Equal("Query", (string)quick["data"]!["__typename"]!);
        }
        finally
        {
            await server.StopAsync();
        }
    }
}
