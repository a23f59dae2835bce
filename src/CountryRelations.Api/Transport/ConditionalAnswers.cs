using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CountryRelations.Api.Transport;

/// <summary>
/// Answers that caches can keep: a successful GET query (persisted documents included) carries an <c>ETag</c> — a
/// hash of the answer's bytes — and <c>Cache-Control: no-cache</c> (<c>private</c> when a token was sent), so a
/// browser or CDN keeps it and revalidates; an <c>If-None-Match</c> naming it gets <c>304 Not Modified</c> with no
/// body. Other answers (POST, errors, streams) stay <c>no-store</c>.
/// </summary>
public static class ConditionalAnswers
{
    /// <summary>True when the answer to <paramref name="request"/> with <paramref name="status"/> may be kept and revalidated.</summary>
    public static bool Apply(HttpRequest request, int status, bool hasErrors) =>
        HttpMethods.IsGet(request.Method) && status == StatusCodes.Status200OK && !hasErrors;

    /// <summary>
    /// Sets the validators for <paramref name="body"/> and returns true when the client already holds it (the
    /// response is then a bodiless 304).
    /// </summary>
    public static bool NotModified(HttpContext http, ReadOnlySpan<byte> body)
    {
        var tag = "\"" + Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 18)).Replace('+', '-').Replace('/', '_') + "\"";
        var headers = http.Response.Headers;
        headers.ETag = tag;
        headers.CacheControl = http.Request.Headers.ContainsKey(HeaderNames.Authorization) ? "private, no-cache" : "public, no-cache";
        headers.Vary = "Accept, Authorization";
        if (!EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var held)
            || !held.Any(h => h.Equals(EntityTagHeaderValue.Any) || h.Compare(new EntityTagHeaderValue(tag), useStrongComparison: false)))
        {
            return false;
        }

        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
