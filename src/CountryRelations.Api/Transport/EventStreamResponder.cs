using System.Text;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

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

    /// <summary>Streams <paramref name="result"/> (and, for a subscription, its events) until the client goes or the stream ends.</summary>
    public static async Task WriteAsync(HttpContext http, ExecutionResult result, IGraphQLTextSerializer serializer)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        var aborted = http.RequestAborted;
        if (result.Streams is not { Count: > 0 } streams)
        {
            await NextAsync(http, result, serializer, aborted);
            await CompleteAsync(http, aborted);
            return;
        }

        var events = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        var subscriptions = streams.Values.Select(stream => stream.Subscribe(new Forward(events.Writer))).ToList();
        try
        {
            await http.Response.WriteAsync(": connected\n\n", aborted);
            await http.Response.Body.FlushAsync(aborted);
            while (!aborted.IsCancellationRequested)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                idle.CancelAfter(Heartbeat);
                try
                {
                    if (!await events.Reader.WaitToReadAsync(idle.Token))
                    {
                        break;
                    }

                    while (events.Reader.TryRead(out var next))
                    {
                        await NextAsync(http, next, serializer, aborted);
                    }
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await http.Response.WriteAsync(":\n\n", aborted);
                    await http.Response.Body.FlushAsync(aborted);
                }
            }

            await CompleteAsync(http, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: nothing left to write.
        }
        finally
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }

    private static async Task NextAsync(HttpContext http, ExecutionResult result, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        var json = serializer.Serialize(result).ReplaceLineEndings("\ndata: ");
        await http.Response.WriteAsync("event: next\ndata: " + json + "\n\n", Encoding.UTF8, cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }

    private static async Task CompleteAsync(HttpContext http, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync("event: complete\ndata: \n\n", cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }

    private sealed class Forward(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete();

        public void OnNext(ExecutionResult value) => writer.TryWrite(value);
    }
}
