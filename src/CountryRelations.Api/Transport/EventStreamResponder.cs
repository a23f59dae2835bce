using System.Globalization;
using System.Security.Claims;
using System.Text;
using CountryRelations.Errors;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CountryRelations.Api.Transport;

/// <summary>
/// GraphQL over Server-Sent Events, "distinct connections" mode (as the graphql-sse client speaks it): a POST that
/// accepts <c>text/event-stream</c> gets one <c>next</c> event per result — once for a query or mutation, once per
/// event for a subscription — then <c>complete</c>. Comments keep idle connections alive; a client that goes away
/// unsubscribes and frees everything.
/// </summary>
public static class EventStreamResponder
{
    /// <summary>The media type of the event stream.</summary>
    public const string MediaType = "text/event-stream";

    /// <summary>How often an idle stream gets a comment, so proxies keep it open.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(12);

    /// <summary>True for a POST whose Accept header asks for an event stream.</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Headers.Accept.Any(a => a?.Contains(MediaType, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Streams <paramref name="result"/> (and, for a subscription, its events) until the client goes, the stream ends,
    /// the caller's token expires (a last error event says so), or the server stops; each of the last three ends with
    /// <c>complete</c>. A client that stops reading for <see cref="RequestLimits.StreamWriteTimeout"/> loses its connection.
    /// </summary>
    public static async Task WriteAsync(HttpContext http, ExecutionResult result, IGraphQLTextSerializer serializer)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        var writer = new Writer(http, serializer, http.RequestServices.GetRequiredService<RequestLimits>().StreamWriteTimeout);
        try
        {
            if (result.Streams is not { Count: > 0 } streams)
            {
                await writer.NextAsync(result);
                await writer.CompleteAsync();
                return;
            }

            await StreamAsync(http, streams.Values, writer);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away, or stopped reading and was cut off: nothing left to write.
        }
    }

    private static async Task StreamAsync(HttpContext http, IEnumerable<IObservable<ExecutionResult>> streams, Writer writer)
    {
        var aborted = http.RequestAborted;
        using var expired = new CancellationTokenSource();
        if (TokenExpiry(http.User) is { } expires)
        {
            expired.CancelAfter(expires - DateTimeOffset.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.Zero);
        }

        using var ending = CancellationTokenSource.CreateLinkedTokenSource(aborted, expired.Token, http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);

        var events = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        var subscriptions = streams.Select(stream => stream.Subscribe(new Forward(events.Writer))).ToList();
        try
        {
            await writer.CommentAsync("connected");
            while (!ending.IsCancellationRequested)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(ending.Token);
                idle.CancelAfter(Heartbeat);
                try
                {
                    if (!await events.Reader.WaitToReadAsync(idle.Token))
                    {
                        break;
                    }

                    while (events.Reader.TryRead(out var next))
                    {
                        await writer.NextAsync(next);
                    }
                }
                catch (OperationCanceledException) when (!ending.IsCancellationRequested)
                {
                    await writer.CommentAsync("");
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    // The token expired or the server is stopping: end the stream properly below.
                }
            }
        }
        finally
        {
            subscriptions.ForEach(s => s.Dispose());
        }

        if (expired.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            var last = new ExecutionResult { Executed = true };
            last.AddError(new ExecutionError("The bearer token has expired: the stream ends here. Open a new stream with a fresh token.") { Code = ErrorCodes.Unauthenticated });
            await writer.NextAsync(last);
        }

        await writer.CompleteAsync();
    }

    // When the token a stream was opened with stops being valid; null for an anonymous stream.
    private static DateTimeOffset? TokenExpiry(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Writes events, each flushed, each bounded in time: a client that does not read for that long is cut off.</summary>
    private sealed class Writer(HttpContext http, IGraphQLTextSerializer serializer, TimeSpan timeout)
    {
        public Task NextAsync(ExecutionResult result) =>
            WriteAsync("event: next\ndata: " + serializer.Serialize(result).ReplaceLineEndings("\ndata: ") + "\n\n");

        public Task CompleteAsync() => WriteAsync("event: complete\ndata: \n\n");

        public Task CommentAsync(string text) => WriteAsync(":" + (text.Length > 0 ? " " + text : "") + "\n\n");

        private async Task WriteAsync(string text)
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            bounded.CancelAfter(timeout);
            try
            {
                await http.Response.WriteAsync(text, Encoding.UTF8, bounded.Token);
                await http.Response.Body.FlushAsync(bounded.Token);
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
                http.Abort();
                throw new OperationCanceledException("The client stopped reading its event stream.", http.RequestAborted);
            }
        }
    }

    private sealed class Forward(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete();

        public void OnNext(ExecutionResult value) => writer.TryWrite(value);
    }
}
