using System.Net;
using System.Text.Json.Nodes;
using CountryRelations.Api.Transport;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Transport;

/// <summary>Bodies are read before a turn is taken, so what they hold is bounded on its own: by what arrived, and in all.</summary>
public sealed class BodyBudgetTests
{
    private const string Query = "{ countries(search: \"Senegal\") { code } }";

    [Fact]
    public async Task A_promised_length_reserves_nothing_until_it_arrives_and_a_full_budget_is_a_coded_503()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Limits:MaxBufferedBodyBytes"] = "65536" });
        var budget = server.Services.GetRequiredService<BodyBudget>();
        try
        {
            // Three clients promising 2 MB each (under MaxBodyBytes) and sending 20 bytes would reserve 6 MB if promises
            // were believed; each holds the first read's buffer only.
            var promisers = new List<SlowSender>();
            for (var i = 0; i < 3; i++)
            {
                promisers.Add(await SlowSender.StartAsync(server.GraphQLUri, promised: 2_000_000, sent: 20));
            }

            await Poll.UntilAsync(() => budget.Held >= 3 * 16 * 1024);
            Assert.Equal(3 * 16 * 1024, budget.Held);
            promisers.ForEach(p => p.Dispose());
            await Poll.UntilAsync(() => budget.Held == 0);

            // One sender that really sends 40,000 bytes grows to a 64 KiB buffer: the budget is spent.
            using (var large = await SlowSender.StartAsync(server.GraphQLUri, promised: 1_000_000, sent: 40_000))
            {
                await Poll.UntilAsync(() => budget.Held == 65536);
                using var refused = await server.PostAsync(Query);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.NotNull(refused.Headers.RetryAfter);
                Assert.Equal("SERVER_BUSY", (string)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!);
            }

            await Poll.UntilAsync(() => budget.Held == 0);
            using var served = await server.PostAsync(Query);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            await Poll.UntilAsync(() => budget.Held == 0);
            Assert.Equal(0, budget.Held);
        }
        finally
        {
            await server.StopAsync();
        }
    }
}
