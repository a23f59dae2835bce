using CountryRelations.Errors;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace CountryRelations.Api.Transport;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a JSON body for POST, URL parameters for GET. Every malformed part is
/// refused with its own code, before anything is executed.
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer, RequestLimits limits)
{
    /// <summary>The request, or the transport error that refuses it.</summary>
    /// <remarks>A body's bytes are held under <paramref name="reservation"/>, which refuses the body when the server holds too many.</remarks>
    public async Task<(GraphQLRequest? Request, TransportError? Error)> ReadAsync(HttpRequest http, BodyBudget.Reservation reservation, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return ReadQueryString(http.Query);
        }

        if (!GraphQLMediaTypes.IsJsonContent(http.ContentType))
        {
            return (null, new TransportError(ErrorCodes.UnsupportedMediaType,
                $"POST bodies must be {GraphQLMediaTypes.Json} (UTF-8); got \"{http.ContentType}\"."));
        }

        (ReadOnlyMemory<byte> Bytes, TransportError? Refusal) read;
        try
        {
            read = await ReadBodyAsync(http, reservation, cancellationToken);
        }
        catch (Exception exception) when (exception is BadHttpRequestException or IOException && !http.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The body's framing is broken (a bad chunk size, a length it does not have): the request's fault.
            return (null, BadRequest(ErrorCodes.InvalidRequest, "The request body is malformed: " + Excerpt.Of(exception.Message)));
        }

        if (read.Refusal is { } refusal)
        {
            return (null, refusal);
        }

        var body = read.Bytes;
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return (null, BadRequest(ErrorCodes.InvalidJson, "The body is not UTF-8 text."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return (null, BadRequest(ErrorCodes.InvalidJson, $"The body is not valid JSON: {exception.Message}"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, BadRequest(ErrorCodes.InvalidRequest, "The body must be a JSON object with a \"query\" string."));
            }

            var root = document.RootElement;
            return Guarded(() => Build(
                Property(root, "query"),
                Property(root, "operationName"),
                Property(root, "variables"),
                Property(root, "extensions"),
                Property(root, "documentId")));
        }
    }

    // Valid JSON can still hold text no .NET string can: a lone surrogate escape ("\ud800") throws when read.
    private static (GraphQLRequest?, TransportError?) Guarded(Func<(GraphQLRequest?, TransportError?)> build)
    {
        try
        {
            return build();
        }
        catch (JsonException exception)
        {
            return (null, BadRequest(ErrorCodes.InvalidJson, $"A value is not valid JSON: {exception.Message}"));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException)
        {
            return (null, BadRequest(ErrorCodes.InvalidJson, "The request holds a string that is not valid Unicode text (a lone surrogate escape?)."));
        }
    }

    // Reads at most the limit and one byte more, whatever Content-Length claims. The buffer grows with what arrives,
    // not with what Content-Length promises, so a slow sender holds only what it has sent.
    private async Task<(ReadOnlyMemory<byte>, TransportError?)> ReadBodyAsync(HttpRequest http, BodyBudget.Reservation reservation, CancellationToken cancellationToken)
    {
        var buffer = Array.Empty<byte>();
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                // One byte more than Content-Length promises, so the end is seen without growing again.
                var size = Math.Min(limits.MaxBodyBytes + 1L, buffer.Length == 0 ? Math.Min(FirstRead, (http.ContentLength ?? FirstRead) + 1) : buffer.Length * 2L);
                if (length > limits.MaxBodyBytes || http.ContentLength > limits.MaxBodyBytes)
                {
                    return (default, new TransportError(ErrorCodes.RequestTooLarge, $"The request body is larger than {limits.MaxBodyBytes} bytes."));
                }

                if (!reservation.TryGrowTo(size))
                {
                    return (default, new TransportError(ErrorCodes.ServerBusy, "The server holds too many request bodies at once; retry shortly."));
                }

                Array.Resize(ref buffer, (int)size);
            }

            var read = await http.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return length > limits.MaxBodyBytes
                    ? (default, new TransportError(ErrorCodes.RequestTooLarge, $"The request body is larger than {limits.MaxBodyBytes} bytes."))
                    : (buffer.AsMemory(0, length), null);
            }

            length += read;
        }
    }

    private const int FirstRead = 16 * 1024;

    private (GraphQLRequest?, TransportError?) ReadQueryString(IQueryCollection query) =>
        Guarded(() => Build(
            Parameter(query, "query"),
            Parameter(query, "operationName"),
            ParseParameter(query, "variables"),
            ParseParameter(query, "extensions"),
            Parameter(query, "documentId")));

    private (GraphQLRequest?, TransportError?) Build(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions, JsonElement? documentId)
    {
        if (query is not { ValueKind: JsonValueKind.String } && documentId is not { ValueKind: JsonValueKind.String })
        {
            return (null, BadRequest(ErrorCodes.InvalidRequest, query is null or { ValueKind: JsonValueKind.Null }
                ? "The request has no \"query\"."
                : "\"query\" must be a string."));
        }

        if (query is { ValueKind: JsonValueKind.String } text && text.GetString()!.Length > limits.MaxQueryLength)
        {
            return (null, BadRequest(ErrorCodes.QueryTooLong, $"The query is longer than {limits.MaxQueryLength} characters."));
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return (null, BadRequest(ErrorCodes.InvalidRequest, "\"operationName\" must be a string or null."));
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, BadRequest(ErrorCodes.InvalidRequest, "\"variables\" must be an object or null."));
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return (null, BadRequest(ErrorCodes.InvalidRequest, "\"extensions\" must be an object or null."));
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

    private static TransportError BadRequest(string code, string message) => new(code, message);
}
