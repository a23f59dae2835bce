using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using CountryRelations.Api.AnswerCaching;
using Microsoft.Net.Http.Headers;

namespace CountryRelations.Api.Transport;

/// <summary>
/// Answers that caches can keep: a successful GET query (persisted documents included) carries an <c>ETag</c> — a
/// hash of the answer's bytes — and <c>Cache-Control: no-cache</c> (<c>private</c> when a token was sent), so a
/// browser or CDN keeps it and revalidates; an <c>If-None-Match</c> naming it gets <c>304 Not Modified</c> with no
/// body. An anonymous answer that can never change (<see cref="PinnedAnswer"/>: the history as known at a settled
/// instant) is sent <c>public, max-age, immutable</c> instead, so caches keep it without asking again; with a token it
/// still revalidates, so each view is authorised again. Other answers (POST, errors, streams) stay <c>no-store</c>.
/// </summary>
public static class ConditionalAnswers
{
    /// <summary>True when the answer to <paramref name="request"/> with <paramref name="status"/> may be kept and revalidated.</summary>
    public static bool Apply(HttpRequest request, int status, bool hasErrors) =>
        HttpMethods.IsGet(request.Method) && status == StatusCodes.Status200OK && !hasErrors;

    /// <summary>
    /// Sets the validators for <paramref name="body"/> and how long it may be kept (<paramref name="pinnedFor"/> when
    /// the answer can never change, else null), and returns true when the client already holds it (the response is
    /// then a bodiless 304).
    /// </summary>
    public static bool NotModified(HttpContext http, ReadOnlySpan<byte> body, TimeSpan? pinnedFor)
    {
        var tag = "\"" + Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 18)).Replace('+', '-').Replace('/', '_') + "\"";
        var headers = http.Response.Headers;
        headers.ETag = tag;
        headers.CacheControl = http.Request.Headers.ContainsKey(HeaderNames.Authorization) ? "private, no-cache"
            : pinnedFor is { } age ? $"public, max-age={(long)age.TotalSeconds}, immutable"
            : "public, no-cache";
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
