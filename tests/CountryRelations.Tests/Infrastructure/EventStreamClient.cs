using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>A GraphQL-over-SSE stream opened against a test server, read event by event as a client reads it.</summary>
public sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamClient(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>The response's status.</summary>
    public System.Net.HttpStatusCode Status => _response.StatusCode;

    /// <summary>The response's media type.</summary>
    public string? MediaType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>
    /// POSTs <paramref name="query"/> asking for an event stream (anonymous unless <paramref name="token"/> is given) and,
    /// when it is accepted, waits for the server's first comment so that the subscription is in place.
    /// </summary>
    public static async Task<EventStreamClient> OpenAsync(TestServer server, string query, object? variables = null, string? token = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var stream = new EventStreamClient(response, new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken)));
        if (response.IsSuccessStatusCode && stream.MediaType == "text/event-stream")
        {
            Assert.Equal(": connected", await stream._reader.ReadLineAsync(cancellationToken));
        }

        return stream;
    }

    /// <summary>The whole body of a refused stream (plain JSON).</summary>
    public Task<string> ReadAllAsync(CancellationToken cancellationToken = default) => _reader.ReadToEndAsync(cancellationToken);

    /// <summary>The next event's name and data (<c>next</c> with its JSON, <c>complete</c> with null), skipping comments; null when the stream ends.</summary>
    public async Task<(string Name, JsonObject? Data)?> NextAsync(CancellationToken cancellationToken)
    {
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                var name = line["event: ".Length..];
                var data = (await _reader.ReadLineAsync(cancellationToken))!["data: ".Length..];
                return (name, data.Length == 0 ? null : JsonNode.Parse(data)!.AsObject());
            }
        }

        return null;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
