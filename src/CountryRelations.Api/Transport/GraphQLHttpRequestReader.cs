using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace CountryRelations.Api.Transport;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a JSON body for POST, URL parameters for GET. Every malformed part is
/// refused with its own code, before anything is executed.
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer)
{
    /// <summary>The request, or the transport error that refuses it.</summary>
    public async Task<(GraphQLRequest? Request, TransportError? Error)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return ReadQueryString(http.Query);
        }

        if (!GraphQLMediaTypes.IsJsonContent(http.ContentType))
        {
            return (null, new TransportError(
                StatusCodes.Status415UnsupportedMediaType,
                "UNSUPPORTED_MEDIA_TYPE",
                $"POST bodies must be {GraphQLMediaTypes.Json} (UTF-8); got \"{http.ContentType}\"."));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return (null, BadRequest("INVALID_JSON", $"The body is not valid JSON: {exception.Message}"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, BadRequest("INVALID_REQUEST", "The body must be a JSON object with a \"query\" string."));
            }

            var root = document.RootElement;
            return Build(
                Property(root, "query"),
                Property(root, "operationName"),
                Property(root, "variables"),
                Property(root, "extensions"),
                Property(root, "documentId"));
        }
    }

    private (GraphQLRequest?, TransportError?) ReadQueryString(IQueryCollection query)
    {
        try
        {
            return Build(
                Parameter(query, "query"),
                Parameter(query, "operationName"),
                ParseParameter(query, "variables"),
                ParseParameter(query, "extensions"),
                Parameter(query, "documentId"));
        }
        catch (JsonException exception)
        {
            return (null, BadRequest("INVALID_JSON", $"A URL parameter is not valid JSON: {exception.Message}"));
        }
    }

    private (GraphQLRequest?, TransportError?) Build(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions, JsonElement? documentId)
    {
        if (query is not { ValueKind: JsonValueKind.String } && documentId is not { ValueKind: JsonValueKind.String })
        {
            return (null, BadRequest("INVALID_REQUEST", query is null or { ValueKind: JsonValueKind.Null }
                ? "The request has no \"query\"."
                : "\"query\" must be a string."));
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return (null, BadRequest("INVALID_REQUEST", "\"operationName\" must be a string or null."));
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, BadRequest("INVALID_REQUEST", "\"variables\" must be an object or null."));
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, BadRequest("INVALID_REQUEST", "\"extensions\" must be an object or null."));
        }

        return (new GraphQLRequest
        {
            Query = query is { ValueKind: JsonValueKind.String } q ? q.GetString() : null,
            DocumentId = documentId is { ValueKind: JsonValueKind.String } d ? d.GetString() : null,
            OperationName = operationName is { ValueKind: JsonValueKind.String } o ? o.GetString() : null,
            Variables = variables is { ValueKind: JsonValueKind.Object } v ? serializer.ReadNode<Inputs>(v) : null,
            Extensions = extensions is { ValueKind: JsonValueKind.Object } e ? serializer.ReadNode<Inputs>(e) : null,
        }, null);
    }

    private static JsonElement? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.Clone() : null;

    private static JsonElement? Parameter(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && value.Count > 0 ? JsonSerializer.SerializeToElement(value[0]) : null;

    private static JsonElement? ParseParameter(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value[0]) ? JsonDocument.Parse(value[0]!).RootElement.Clone() : null;

    private static TransportError BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
