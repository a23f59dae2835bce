using CountryRelations.Errors;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Transport;

/// <summary>
/// How many GraphQL requests run at once (ASP.NET Core's concurrency limiter): memory is bounded by that number
/// times the body limit, and a flood waits in a short queue or is told to come back (503 <c>SERVER_BUSY</c>).
/// Also the last line of defence: a failure nothing else handled still answers coded JSON, never an empty 500.
/// </summary>
public static class RequestAdmission
{
    /// <summary>The rate-limiting policy the GraphQL endpoint requires.</summary>
    public const string Policy = "graphql";

    public static IServiceCollection AddRequestAdmission(this IServiceCollection services, RequestLimits limits) =>
        services.AddRateLimiter(options =>
        {
            // Requests share a small pool; event streams, which stay open, have one of their own.
            options.AddPolicy(Policy, http => EventStreamResponder.IsWanted(http.Request)
                ? RateLimitPartition.GetConcurrencyLimiter("streams", _ => new ConcurrencyLimiterOptions { PermitLimit = limits.MaxEventStreams, QueueLimit = 0 })
                : RateLimitPartition.GetConcurrencyLimiter("requests", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.MaxConcurrentRequests,
                    QueueLimit = limits.MaxQueuedRequests,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await WriteAsync(context.HttpContext, StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServerBusy, "Too many requests at once; retry shortly.");
            };
        });

    public static IApplicationBuilder UseRequestAdmission(this IApplicationBuilder app) =>
        app.UseExceptionHandler(handler => handler.Run(async http =>
            {
                var failure = http.Features.Get<IExceptionHandlerFeature>()?.Error;
                // Kestrel's framing errors (a bad chunk size, a body cut short, a header too large) are the request's
                // fault, wherever the body was being read: a coded 4xx, never a 500.
                if (Framing(failure) is { } framing)
                {
                    var tooLarge = framing.StatusCode == StatusCodes.Status413PayloadTooLarge;
                    await WriteAsync(http, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                        tooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.InvalidRequest, "The request is malformed: " + Excerpt.Of(framing.Message));
                    return;
                }

                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestAdmission))
                    .LogError(failure, "Unhandled failure answering {Method} {Path}", http.Request.Method, http.Request.Path);
                await WriteAsync(http, StatusCodes.Status500InternalServerError, ErrorCodes.InternalServerError, "Internal server error.");
            }))
            .UseRateLimiter();

    // A framing error may arrive wrapped by whatever was reading the body (a JSON reader, a stream adapter).
    private static BadHttpRequestException? Framing(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is BadHttpRequestException framing)
            {
                return framing;
            }
        }

        return null;
    }

    private static async Task WriteAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { errors = new[] { new { message, extensions = new { code } } } });
    }
}
