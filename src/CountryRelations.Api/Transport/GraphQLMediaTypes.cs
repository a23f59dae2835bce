using Microsoft.Net.Http.Headers;

namespace CountryRelations.Api.Transport;

/// <summary>
/// The media types of the GraphQL-over-HTTP specification and the choice between them from an Accept header.
/// <c>application/graphql-response+json</c> is preferred on ties; a missing Accept header means <c>application/json</c>.
/// </summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response media type for <paramref name="acceptHeaders"/>, or null when none is acceptable (406).</summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
        {
            return null;
        }

        var response = Preference(accepted, GraphQLResponse);
        var json = Preference(accepted, Json);
        if (response.Quality == 0 && json.Quality == 0)
        {
            return null;
        }

        // Higher quality wins; on a tie the type named outright wins, and a wildcard alone ("*/*") means
        // application/json, as the specification advises while clients move to graphql-response+json.
        if (response.Quality != json.Quality)
        {
            return response.Quality > json.Quality ? GraphQLResponse : Json;
        }

        return response.Named ? GraphQLResponse : Json;
    }

    private static (double Quality, bool Named) Preference(IList<MediaTypeHeaderValue> accepted, string candidate)
    {
        var matching = accepted.Where(a => Matches(a, candidate) && CharsetIsUtf8(a)).ToList();
        var quality = matching.Select(a => a.Quality ?? 1.0).DefaultIfEmpty(0.0).Max();
        var named = matching.Any(a => a.MediaType.Equals(candidate, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1.0) == quality);
        return (quality, named);
    }

    /// <summary>True when <paramref name="contentType"/> is JSON in UTF-8 (the charset may be left out).</summary>
    public static bool IsJsonContent(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && CharsetIsUtf8(parsed);

    private static bool Matches(MediaTypeHeaderValue accepted, string candidate) =>
        accepted.MediaType.Equals("*/*", StringComparison.Ordinal)
        || accepted.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
        || accepted.MediaType.Equals(candidate, StringComparison.OrdinalIgnoreCase);

    private static bool CharsetIsUtf8(MediaTypeHeaderValue value) =>
        !value.Charset.HasValue || value.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || value.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
