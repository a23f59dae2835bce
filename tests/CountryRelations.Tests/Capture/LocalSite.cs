using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Tests.Capture;

/// <summary>
/// A web site, a web archive and a webhook receiver on loopback, played by one Kestrel server whose answers a test
/// sets per path; every request is recorded. Capture tests point every address at it, never at the network.
/// </summary>
public sealed class LocalSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private LocalSite(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>http://127.0.0.1:PORT</summary>
    public Uri Root { get; }

    /// <summary>Every request: path and query, and its headers.</summary>
    public ConcurrentQueue<(string PathAndQuery, IHeaderDictionary Headers, string Body)> Requests { get; } = new();

    public static async Task<LocalSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LocalSite? site = null;
        app.Run(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var key = http.Request.Path + http.Request.QueryString;
            // Kestrel reuses a request's header collection once it is answered: keep a copy.
            site!.Requests.Enqueue((key, new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), body));
            var handler = site._routes.TryGetValue(key, out var exact) ? exact
                : site._routes.FirstOrDefault(r => r.Key.EndsWith('*') && key.StartsWith(r.Key[..^1], StringComparison.Ordinal)).Value;
            if (handler is null)
            {
                http.Response.StatusCode = 404;
                return;
            }

            await handler(http);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new LocalSite(app, new Uri(address));
        return site;
    }

    /// <summary>Answers <paramref name="pathAndQuery"/> (a final * matches any rest) with <paramref name="handler"/>.</summary>
    public void Map(string pathAndQuery, Func<HttpContext, Task> handler) => _routes[pathAndQuery] = handler;

    /// <summary>Answers with a page body and type, and an ETag when given (answering 304 to If-None-Match).</summary>
    public void Page(string path, Func<string> body, string contentType = "text/plain; charset=utf-8", string? etag = null) =>
        Map(path, async http =>
        {
            if (etag is not null)
            {
                if (http.Request.Headers.IfNoneMatch == etag)
                {
                    http.Response.StatusCode = 304;
                    return;
                }

                http.Response.Headers.ETag = etag;
            }

            http.Response.ContentType = contentType;
            await http.Response.WriteAsync(body());
        });

    /// <summary>How many requests asked for exactly <paramref name="pathAndQuery"/>.</summary>
    public int Count(string pathAndQuery) => Requests.Count(r => r.PathAndQuery == pathAndQuery);

    /// <summary>The absolute address of <paramref name="pathAndQuery"/>.</summary>
    public string Url(string pathAndQuery) => new Uri(Root, pathAndQuery).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
