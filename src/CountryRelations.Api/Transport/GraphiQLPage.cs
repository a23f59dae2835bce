using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CountryRelations.Api.Transport;

/// <summary>
/// GraphiQL for browsers: <c>GET /graphql</c> asking for HTML gets the IDE, and its scripts and styles come from
/// <c>/graphql/assets/</c>, files installed from npm at build time. A content security policy keeps the page to
/// this origin, so it neither needs nor reaches the internet.
/// </summary>
public static class GraphiQLPage
{
    /// <summary>Where the assets are served.</summary>
    public const string AssetsPath = "/graphql/assets";

    private const string Policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "graphiql");

    private static readonly FrozenDictionary<string, string> Assets = new Dictionary<string, string>
    {
        ["react.production.min.js"] = "text/javascript",
        ["react-dom.production.min.js"] = "text/javascript",
        ["graphiql.min.js"] = "text/javascript",
        ["graphiql.min.css"] = "text/css",
        ["graphiql-start.js"] = "text/javascript",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="request"/> is a browser asking for a page rather than a GraphQL client.</summary>
    public static bool IsWanted(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || request.Query.ContainsKey("query") || request.Query.ContainsKey("documentId"))
        {
            return false;
        }

        var accepted = MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var list) ? list : [];
        var html = accepted.Where(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = accepted.Where(a => a.MediaType.Value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return html > 0 && html >= json;
    }

    /// <summary>Writes the GraphiQL page, or a page saying how to get it when the assets were not built.</summary>
    public static async Task WritePageAsync(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = Policy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.ContentType = "text/html; charset=utf-8";
        var page = Path.Combine(Folder, "index.html");
        if (File.Exists(page) && File.Exists(Path.Combine(Folder, "graphiql.min.js")))
        {
            await http.Response.SendFileAsync(page, http.RequestAborted);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await http.Response.WriteAsync(
            "<!doctype html><title>GraphiQL not built</title><p>GraphiQL's assets are installed from npm at build time. "
            + "Install Node.js and npm, then rebuild. GraphQL itself works: POST to /graphql.</p>", http.RequestAborted);
    }

    /// <summary>Serves one of the known asset files; anything else is 404.</summary>
    public static async Task WriteAssetAsync(HttpContext http, string name)
    {
        var path = Path.Combine(Folder, name);
        if (!Assets.TryGetValue(name, out var contentType) || !File.Exists(path))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = contentType + "; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        await http.Response.SendFileAsync(path, http.RequestAborted);
    }
}
