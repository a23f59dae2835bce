using System.Text.Json;
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
    GraphQLHttpRequestReader reader)
{
    /// <summary>The path the endpoint is served on.</summary>
    public const string Path = "/graphql";

    /// <summary>Handles one HTTP request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, new TransportError(
                StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json} in UTF-8."));
            return;
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, mediaType, new TransportError(
                StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Use GET for queries or POST for any operation."));
            return;
        }

        if (CrossSiteRequestGuard.Refusal(http.Request) is { } csrf)
        {
            await WriteErrorAsync(http, mediaType, csrf);
            return;
        }

        var (request, error) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (error is not null)
        {
            await WriteErrorAsync(http, mediaType, error);
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(request!))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, new TransportError(
                StatusCodes.Status405MethodNotAllowed, "MUTATION_OVER_GET", "Mutations must be sent with POST."));
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request!.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        // A request that never reached execution (syntax, validation, variables) is a request error; with
        // graphql-response+json its status says so (401/403 when the caller may not use a field it selected).
        http.Response.StatusCode = !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? RequestErrorStatus(result)
            : StatusCodes.Status200OK;
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static int RequestErrorStatus(ExecutionResult result)
    {
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        return codes.Contains(RoleRequirementRule.Unauthenticated) ? StatusCodes.Status401Unauthorized
            : codes.Contains(RoleRequirementRule.Forbidden) ? StatusCodes.Status403Forbidden
            : StatusCodes.Status400BadRequest;
    }

    private static bool IsMutation(GraphQLRequest request)
    {
        if (request.Query is null)
        {
            return false;
        }

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // execution reports the syntax error properly
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = request.OperationName is { } name
            ? operations.Find(o => o.Name?.StringValue == name)
            : operations.Count == 1 ? operations[0] : null;
        return operation?.Operation == OperationType.Mutation;
    }

    private async Task WriteErrorAsync(HttpContext http, string mediaType, TransportError error)
    {
        http.Response.StatusCode = error.StatusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
