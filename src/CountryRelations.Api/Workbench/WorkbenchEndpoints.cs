using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using CountryRelations.Api.PersistedDocuments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CountryRelations.Api.Workbench;

/// <summary>
/// The auditors' workbench at <c>/audit</c> (and every deep link under it): a page built at build time from npm
/// packages, served from this origin with a same-origin content security policy, using only the public GraphQL
/// API through the persisted documents (<c>/audit/assets/operations.json</c> names their ids).
/// </summary>
public static partial class WorkbenchEndpoints
{
    public const string Path = "/audit";

    private const string Policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    private static readonly string Folder = System.IO.Path.Combine(AppContext.BaseDirectory, "workbench");

    private static readonly FrozenDictionary<string, string> Assets = new Dictionary<string, string>
    {
        ["workbench.js"] = "text/javascript",
        ["workbench.css"] = "text/css",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Operation name → document id, from the committed allow-list the server loads too.
    private static readonly Lazy<string> Operations = new(() => JsonSerializer.Serialize(
        new PersistedDocumentStore(PersistedDocumentStore.DefaultPath).Documents
            .Select(d => (Name: OperationName().Match(d.Value).Groups[1].Value, Id: d.Key))
            .Where(o => o.Name.Length > 0)
            .ToDictionary(o => o.Name, o => o.Id)));

    public static IEndpointRouteBuilder MapWorkbench(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, PageAsync);
        endpoints.MapGet(Path + "/{**view}", (HttpContext http, string view) => PageAsync(http));
        endpoints.MapGet(Path + "/assets/{name}", AssetAsync);
        return endpoints;
    }

    private static async Task PageAsync(HttpContext http)
    {
        var page = System.IO.Path.Combine(Folder, "index.html");
        if (!File.Exists(page) || !File.Exists(System.IO.Path.Combine(Folder, "workbench.js")))
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("The workbench was not built (npm was missing at build time): install Node.js and npm, then build again.");
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = Policy;
        await http.Response.SendFileAsync(page);
    }

    private static async Task AssetAsync(HttpContext http, string name)
    {
        if (name == "operations.json")
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(Operations.Value);
            return;
        }

        if (!Assets.TryGetValue(name, out var type) || !File.Exists(System.IO.Path.Combine(Folder, name)))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = type + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(System.IO.Path.Combine(Folder, name));
    }

    [GeneratedRegex(@"^\s*(?:query|mutation|subscription)\s+(\w+)")]
    private static partial Regex OperationName();
}
