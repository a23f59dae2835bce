using CountryRelations.Errors;
using Microsoft.AspNetCore.Http;

namespace CountryRelations.Api.Transport;

/// <summary>
/// CSRF protection: a GET, or a POST whose body is not JSON, is a "simple" request a browser sends cross-site
/// without asking the server first. Such requests must carry <c>GraphQL-Require-Preflight</c>, a header a
/// foreign page can only add after a CORS preflight this server never grants. JSON POSTs always preflight.
/// </summary>
public static class CrossSiteRequestGuard
{
    /// <summary>The header clients add to prove the request did not come from a foreign page's form or link.</summary>
    public const string Header = "GraphQL-Require-Preflight";

    /// <summary>The refusal for <paramref name="request"/>, or null when it may proceed.</summary>
    public static TransportError? Refusal(HttpRequest request)
    {
        var simple = HttpMethods.IsGet(request.Method) || !GraphQLMediaTypes.IsJsonContent(request.ContentType);
        return simple && !request.Headers.ContainsKey(Header)
            ? new TransportError(ErrorCodes.PreflightRequired,
                $"GET requests and POST requests without a JSON body must carry the {Header} header (any value), so no foreign page can send them.")
            : null;
    }
}
