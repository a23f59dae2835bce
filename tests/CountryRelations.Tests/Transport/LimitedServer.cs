using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

/// <summary>One instance of the app with small limits, shared by the tests of <see cref="RequestLimitTests"/>.</summary>
public sealed class LimitedServer : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await TestServer.StartAsync(new Dictionary<string, string?>
    {
        ["Limits:MaxBodyBytes"] = "4000",
        ["Limits:MaxQueryLength"] = "600",
        ["Limits:MaxDepth"] = "5",
        ["Limits:MaxComplexity"] = "400",
        ["Limits:MaxAliases"] = "3",
    });

    public Task DisposeAsync() => Server.StopAsync();
}
