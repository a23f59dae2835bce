using System.Diagnostics;
using System.Text.Json;
using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.Telemetry;
using CountryRelations.Errors;
using CountryRelations.Replicas;
using GraphQL.Execution;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.Security;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Transport;

/// <summary>
/// The GraphQL-over-HTTP endpoint: GET (queries only) and POST with a JSON body, Accept negotiation between
/// <c>application/graphql-response+json</c> and <c>application/json</c>, and the specification's status codes:
/// 400 for a request that could not be executed (with graphql-response+json), 405 for other methods or a mutation
/// over GET, 406 when no acceptable media type is offered, 415 for a non-JSON POST.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLHttpRequestReader reader,
    DocumentGuard guard,
    RequestLimits limits,
    IErrorInfoProvider errorInfo,
    ReadYourWrites readYourWrites,
    ValidatedDocuments validated,
    RequestPermits permits,
    BodyBudget bodies,
    AnswerCache answers,
    PinnedAnswerOptions pinning,
    TimeProvider clock,
    RequestLog requestLog)
{
    /// <summary>The path the endpoint is served on.</summary>
    public const string Path = "/graphql";

    /// <summary>Handles one HTTP request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        // An event stream answers with events; its refusals (before any event) are plain JSON.
        var stream = EventStreamResponder.IsWanted(http.Request);
        var mediaType = stream ? GraphQLMediaTypes.Json : GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);

        // What can be refused from the request line and headers alone, in order.
        if ((RefuseUnacceptable(mediaType) ?? RefuseMethod(http) ?? CrossSiteRequestGuard.Refusal(http.Request)) is { } refusal)
        {
            await WriteErrorAsync(http, mediaType ?? GraphQLMediaTypes.Json, refusal);
            return;
        }

        // One deadline for the whole request, reading and validation included, not only execution.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(limits.Timeout);
        var started = Stopwatch.GetTimestamp();
        using var activity = GraphQLTelemetry.Source.StartActivity("graphql");
        try
        {
            await HandleAsync(new Exchange(http, mediaType!, stream), deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            await WriteErrorAsync(http, mediaType!, new TransportError(
                ErrorCodes.Timeout, $"The request took longer than {limits.Timeout.TotalSeconds:F0} s and was stopped."));
        }
        finally
        {
            LogAnswer(http, activity, Stopwatch.GetElapsedTime(started));
        }
    }

    // Operation, status, duration, error code, in the span, the metrics and the request log; never variables or tokens.
    private void LogAnswer(HttpContext http, Activity? activity, TimeSpan elapsed)
    {
        var operation = http.Items[OperationKey] is string named ? Excerpt.Of(named) : "unknown";
        var code = http.Items[CodeKey] as string;
        activity?.SetTag("graphql.operation", operation);
        activity?.SetTag("error.code", code);
        activity?.SetTag("http.status_code", http.Response.StatusCode);
        if (activity is not null)
        {
            activity.DisplayName = "graphql " + operation;
        }

        GraphQLTelemetry.Record(operation, http.Response.StatusCode, code, elapsed);
        requestLog.Answered(operation, http.Response.StatusCode, code, elapsed);
    }

    private const string OperationKey = "countryrelations.graphql.operation";

    private const string CodeKey = "countryrelations.graphql.code";

    /// <summary>One request on its way through the steps: what each step learnt so far.</summary>
    private sealed class Exchange(HttpContext http, string mediaType, bool stream)
    {
        public HttpContext Http { get; } = http;

        public string MediaType { get; } = mediaType;

        public bool Stream { get; } = stream;

        public GraphQLRequest Request { get; set; } = null!;

        public GraphQLDocument? Document { get; set; }

        /// <summary>The answer's key in the answer cache, when it may be served from or kept there.</summary>
        public string? AnswerKey { get; set; }

        /// <summary>Decides, as execution starts, whether the answer can never change; null when nobody would use it.</summary>
        public PinnedAnswer? Pinned { get; set; }

        /// <summary>Whether the answer was found to never change.</summary>
        public bool IsPinned => Pinned?.Pinned == true;
    }

    // The steps, in order: read the body (before taking a turn, so a slow sender holds none), answer from the answer
    // cache if it holds this request's answer, take a request's turn, check the document, refuse a mutation over GET,
    // execute, trade the turn for a stream's place if it is one, answer.
    private async Task HandleAsync(Exchange exchange, CancellationToken cancellationToken)
    {
        using var body = bodies.Open();
        if (await ReadAsync(exchange, body, cancellationToken) is { } unread)
        {
            await WriteErrorAsync(exchange.Http, exchange.MediaType, unread);
            return;
        }

        exchange.AnswerKey = answers.KeyOf(exchange.Http.Request, exchange.Request, exchange.MediaType, exchange.Stream, serializer);
        if (exchange.AnswerKey is { } key && answers.Find(key) is { } kept)
        {
            await WriteKeptAsync(exchange, kept, cancellationToken);
            return;
        }

        var generation = exchange.AnswerKey is null ? null : answers.Current;

        var (turn, busy) = await permits.RequestAsync(cancellationToken);
        using (turn)
        {
            if ((busy ?? Guard(exchange) ?? RefuseMutationOverGet(exchange)) is { } refusal)
            {
                await WriteErrorAsync(exchange.Http, exchange.MediaType, refusal);
                return;
            }

            var http = exchange.Http;
            var route = readYourWrites.Begin(http.Request);
            // A stream lives as long as its client, past the request deadline.
            // Only a GET answer (its Cache-Control) or a kept one uses the decision: other requests skip the walk.
            exchange.Pinned = HttpMethods.IsGet(http.Request.Method) || exchange.AnswerKey is not null ? new PinnedAnswer(pinning, clock) : null;
            var result = await ExecuteAsync(http, exchange.Request, exchange.Document, route, exchange.Pinned, exchange.Stream ? http.RequestAborted : cancellationToken);
            if (result.Executed && exchange.Document is not null && exchange.Request.Query is { } text)
            {
                validated.Keep(text, exchange.Document);
            }

            if (result.Operation?.Operation == OperationType.Mutation)
            {
                // Whatever it wrote, this instance's kept answers may no longer be true; its writer must read it at once.
                answers.Clear();
            }

            if (result.Executed && !exchange.Stream)
            {
                await readYourWrites.IssueAsync(http.Response, route, cancellationToken);
            }

            if (RefusePersistedSubscription(exchange, result) is { } late)
            {
                await WriteErrorAsync(http, exchange.MediaType, late);
                return;
            }

            if (exchange.Stream && result.Streams is { Count: > 0 })
            {
                var (place, full) = permits.Stream();
                if (full is not null)
                {
                    await WriteErrorAsync(http, exchange.MediaType, full);
                    return;
                }

                // The stream's place replaces the request's turn and its body: what it holds from now on is a stream's.
                turn?.Dispose();
                body.Dispose();
                using (place)
                {
                    await RespondAsync(exchange, result, null, cancellationToken);
                }

                return;
            }

            await RespondAsync(exchange, result, generation, cancellationToken);
        }
    }

    private async Task WriteKeptAsync(Exchange exchange, KeptAnswer kept, CancellationToken cancellationToken)
    {
        var http = exchange.Http;
        http.Items[OperationKey] ??= kept.Operation;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = exchange.MediaType + "; charset=utf-8";
        await WriteBytesAsync(http, kept.Bytes, ConditionalAnswers.Apply(http.Request, StatusCodes.Status200OK, hasErrors: false), kept.Pinned, cancellationToken);
    }

    // An answer already in bytes: a client that holds the same bytes (If-None-Match, on a conditional answer) gets a
    // bodiless 304 instead.
    private async Task WriteBytesAsync(HttpContext http, ReadOnlyMemory<byte> bytes, bool conditional, bool pinned, CancellationToken cancellationToken)
    {
        if (!conditional || !ConditionalAnswers.NotModified(http, bytes.Span, pinned ? pinning.MaxAge : null))
        {
            await http.Response.Body.WriteAsync(bytes, cancellationToken);
        }
    }

    private static TransportError? RefuseUnacceptable(string? mediaType) =>
        mediaType is null
            ? new TransportError(ErrorCodes.NotAcceptable, $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json} in UTF-8.")
            : null;

    private static TransportError? RefuseMethod(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsPost(http.Request.Method))
        {
            return null;
        }

        http.Response.Headers.Allow = "GET, POST";
        return new TransportError(ErrorCodes.MethodNotAllowed, "Use GET for queries or POST for any operation.");
    }

    private async Task<TransportError?> ReadAsync(Exchange exchange, BodyBudget.Reservation body, CancellationToken cancellationToken)
    {
        var (request, error) = await reader.ReadAsync(exchange.Http.Request, body, cancellationToken);
        if (request is not null)
        {
            exchange.Request = request;
            exchange.Http.Items[OperationKey] = request.DocumentId is { } id ? $"document {id[..Math.Min(id.Length, 20)]}" : request.OperationName;
        }

        return error;
    }

    // Parses and prices a document sent as text (a persisted one is ours, and was checked when it was written).
    private TransportError? Guard(Exchange exchange)
    {
        if (exchange.Request.Query is not { } query)
        {
            return null;
        }

        var (document, refusal) = guard.Check(query, exchange.Request.Variables, allowSubscriptions: exchange.Stream);
        exchange.Document = document;
        if (exchange.Http.Items[OperationKey] is null && SelectedOperation(document, null) is { } operation)
        {
            exchange.Http.Items[OperationKey] = operation.Name?.StringValue ?? operation.Operation.ToString().ToLowerInvariant();
        }

        return refusal;
    }

    private static TransportError? RefuseMutationOverGet(Exchange exchange)
    {
        if (!HttpMethods.IsGet(exchange.Http.Request.Method) || SelectedOperation(exchange.Document, exchange.Request.OperationName)?.Operation != OperationType.Mutation)
        {
            return null;
        }

        exchange.Http.Response.Headers.Allow = "POST";
        return new TransportError(ErrorCodes.MutationOverGet, "Mutations must be sent with POST.");
    }

    // A persisted subscription sent as plain JSON: its text was not seen before execution.
    private static TransportError? RefusePersistedSubscription(Exchange exchange, ExecutionResult result) =>
        !exchange.Stream && result.Streams is { Count: > 0 }
            ? new TransportError(ErrorCodes.OperationNotSupported, "Subscriptions are served as Server-Sent Events: POST with Accept: text/event-stream.")
            : null;

    private async Task RespondAsync(Exchange exchange, ExecutionResult result, AnswerCache.Generation? generation, CancellationToken cancellationToken)
    {
        var (http, mediaType, stream) = (exchange.Http, exchange.MediaType, exchange.Stream);
        CapErrors(result);
        if (result.Errors is [var first, ..] && errorInfo.GetInfo(first).Extensions is { } extensions && extensions.TryGetValue("code", out var value) && value is string firstCode)
        {
            http.Items[CodeKey] = firstCode;
        }

        // A request that never reached execution (syntax, validation, variables) is a request error; with
        // graphql-response+json its status says so (401/403 when the caller may not use a field it selected).
        // A database that cannot be reached is the server's condition, not the request's: 503, retry later.
        var outage = result.Errors?.Any(CodedErrorInfoProvider.IsOutage) == true;
        if (outage)
        {
            http.Response.Headers.RetryAfter = "5";
        }

        http.Response.StatusCode = mediaType != GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status200OK
            : outage ? StatusCodes.Status503ServiceUnavailable
            : !result.Executed ? RequestErrorStatus(result)
            : StatusCodes.Status200OK;
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (stream && result.Executed)
        {
            await EventStreamResponder.WriteAsync(http, result, serializer);
            return;
        }

        if (stream)
        {
            http.Response.StatusCode = RequestErrorStatus(result);
            if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }
        }

        // The answer is computed: the deadline no longer applies to writing it, or a late deadline would cut a response
        // already started (the client sees the connection drop instead of an answer). Only the client's leaving stops it.
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var conditional = ConditionalAnswers.Apply(http.Request, http.Response.StatusCode, result.Errors is { Count: > 0 });
        var keep = generation is not null && result.Operation?.Operation == OperationType.Query
            && http.Response.StatusCode == StatusCodes.Status200OK && result.Errors is not { Count: > 0 };
        if (conditional || keep)
        {
            // Serialised once, as UTF-8, before it is sent: hashed for a client that may hold it already, kept for the next.
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, http.RequestAborted);
            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (keep)
            {
                // A generation is taken only for a request that has a key.
                answers.Keep(generation!, exchange.AnswerKey!, bytes.Span, http.Items[OperationKey] as string, exchange.IsPinned);
            }

            await WriteBytesAsync(http, bytes, conditional, exchange.IsPinned, http.RequestAborted);
            return;
        }

        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    // Reads are retried while the database is unreachable (a restart takes seconds); writes are not, since a
    // write whose commit went unacknowledged may have happened: its client decides.
    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document, ReadRoute route, PinnedAnswer? pinned, CancellationToken cancellationToken)
    {
        var isRead = SelectedOperation(document, request.OperationName) is { Operation: not OperationType.Mutation };
        for (var attempt = 0; ; attempt++)
        {
            var options = new ExecutionOptions
            {
                Query = request.Query,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = cancellationToken,
                Listeners = { ReadYourWrites.For(route) },
            };
            if (pinned is not null)
            {
                options.Listeners.Add(pinned);
            }

            var result = await executer.ExecuteAsync(options);
            if (!isRead || attempt == ReadRetries.Length || result.Errors?.Any(CodedErrorInfoProvider.IsOutage) != true)
            {
                return result;
            }

            await Task.Delay(ReadRetries[attempt], cancellationToken);
        }
    }

    private static readonly TimeSpan[] ReadRetries = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];

    // A document with thousands of unknown directives earns thousands of errors: list a few, count the rest.
    private void CapErrors(ExecutionResult result)
    {
        if (result.Errors is not { } errors || errors.Count <= limits.MaxErrors)
        {
            return;
        }

        var more = errors.Count - limits.MaxErrors;
        result.Errors = [.. errors.Take(limits.MaxErrors), new ExecutionError($"… and {more} more error(s) like these.") { Code = ErrorCodes.TooManyErrors }];
    }

    private static int RequestErrorStatus(ExecutionResult result)
    {
        // The caller's standing (401, then 403) says more than what else is wrong with the document.
        var statuses = result.Errors?.Select(e => e.Code is { } code && ErrorCodes.IsRegistered(code) ? ErrorCodes.StatusOf(code) : StatusCodes.Status400BadRequest) ?? [];
        return statuses.Where(s => s is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden).DefaultIfEmpty(StatusCodes.Status400BadRequest).Min();
    }

    // The operation a request runs, as execution will choose it: the named one, or the only one.
    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        return operationName is { } name
            ? operations.Find(o => o.Name?.StringValue == name)
            : operations.Count == 1 ? operations[0] : null;
    }

    private async Task WriteErrorAsync(HttpContext http, string mediaType, TransportError error)
    {
        http.Items[CodeKey] = error.Code;
        http.Response.StatusCode = error.StatusCode;
        if (error.StatusCode is StatusCodes.Status503ServiceUnavailable && !http.Response.Headers.ContainsKey("Retry-After"))
        {
            http.Response.Headers.RetryAfter = "1";
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        await serializer.WriteAsync(http.Response.Body, result, CancellationToken.None);
    }
}
