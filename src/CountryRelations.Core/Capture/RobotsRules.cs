using System.Collections.Concurrent;
using System.Text;

namespace CountryRelations.Capture;

/// <summary>robots.txt for each host, fetched through the same polite client and kept for a while (RFC 9309).</summary>
public sealed class RobotsRules(PageFetcher fetcher, CaptureOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (RobotsTxt Rules, DateTimeOffset Until)> _byHost = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="address"/> may be fetched by this software.</summary>
    public async Task<bool> AllowsAsync(Uri address, CancellationToken cancellationToken = default)
    {
        var key = $"{address.Scheme}://{address.Authority}";
        if (!_byHost.TryGetValue(key, out var kept) || kept.Until < clock.GetUtcNow())
        {
            kept = (await FetchAsync(new Uri(key + "/robots.txt"), cancellationToken), clock.GetUtcNow() + options.RobotsCacheTime);
            _byHost[key] = kept;
        }

        return kept.Rules.Allows(address.PathAndQuery);
    }

    // 2xx: its rules; 4xx: no rules ("unavailable"); 5xx or no answer: everything disallowed ("unreachable").
    private async Task<RobotsTxt> FetchAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await fetcher.SendAsync(address, cancellationToken);
            return answer.Status switch
            {
                >= 200 and < 300 => RobotsTxt.Parse(Encoding.UTF8.GetString(answer.Body), options.RobotsProductToken),
                >= 400 and < 500 => RobotsTxt.AllowAll,
                _ => RobotsTxt.DisallowAll,
            };
        }
        catch (FetchFailedException failure) when (failure.InnerException is not PrivateAddressException)
        {
            return RobotsTxt.DisallowAll;
        }
    }
}
