using CountryRelations.Capture;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Capture;

/// <summary>A server allowed to fetch loopback (the local site), with politeness delays and retry waits shortened.</summary>
public sealed class CaptureServer : IAsyncLifetime
{
    /// <summary>
    /// The capture tests run one after another: "capture every due source" (two instances, capture --once) would
    /// otherwise capture the sources another test is about to capture itself.
    /// </summary>
    public const string Collection = "Capture";

    public LocalSite Site { get; private set; } = null!;

    public TestServer Server { get; private set; } = null!;

    public static Dictionary<string, string?> Settings(Uri site) => new()
    {
        ["Capture:AllowPrivateAddresses"] = "true",
        ["Capture:Enabled"] = "false",
        ["Webhooks:Enabled"] = "true",
        ["Capture:MinimumHostDelay"] = "00:00:00",
        ["Capture:MaxRetries"] = "2",
        ["Capture:MaxRetryDelay"] = "00:00:03",
        ["Capture:RobotsCacheTime"] = "00:00:00",
        ["Capture:WaybackEndpoint"] = site.ToString().TrimEnd('/'),
        ["Capture:WaybackRequestsPerSecond"] = "0",
        ["Webhooks:RetryDelays:0"] = "00:00:01",
        ["Webhooks:PollInterval"] = "00:00:00.200",
    };

    public async Task InitializeAsync()
    {
        Site = await LocalSite.StartAsync();
        Server = await TestServer.StartAsync(Settings(Site.Root));
    }

    public async Task DisposeAsync()
    {
        await Server.StopAsync();
        await Site.DisposeAsync();
    }

    public SourceRegistry Sources => Server.Services.GetRequiredService<SourceRegistry>();

    public CaptureService Capture => Server.Services.GetRequiredService<CaptureService>();

    /// <summary>A page in the samples' plain-text shape: a title, two headed sections, an update line.</summary>
    public static string Page(string updated, string trade, string country = "North Korea") =>
        $"""
        {country}

        France and {country}

        Political relations

        France has no diplomatic relations with {country}; dialogue goes on through other channels.

        Economic relations

        Trade between France and {country} is limited ({trade}).

        Updated: {updated}
        """;
}
