using CountryRelations.Errors;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Transport;

/// <summary>
/// Who may ask how often: each client — a token's subject, else its address (an IPv4 address, an IPv6 /64, which
/// one subscriber usually holds whole) — has a token bucket (<see cref="RequestLimits.ClientRequestsPerSecond"/>,
/// <see cref="RequestLimits.TokenRequestsPerSecond"/>); past it, 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>.
/// How many run at once is <see cref="RequestPermits"/>'s question. Also the last line of defence: a failure nothing
/// else handled still answers coded JSON, never an empty 500.
/// </summary>
public static class RequestAdmission
{
    /// <summary>The rate-limiting policy the GraphQL endpoint requires.</summary>
    public const string Policy = "graphql";

    public static IServiceCollection AddRequestAdmission(this IServiceCollection services, RequestLimits limits)
    {
        services.AddSingleton<RequestPermits>();
        services.AddSingleton<BodyBudget>();
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, http => ClientOf(http) switch
            {
                (true, var subject) when limits.TokenRequestsPerSecond > 0 => Bucket("token " + subject, limits.TokenRequestsPerSecond, limits.TokenBurst),
                (false, var address) when limits.ClientRequestsPerSecond > 0 => Bucket(address, limits.ClientRequestsPerSecond, limits.ClientBurst),
                _ => RateLimitPartition.GetNoLimiter(""),
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                    "Too many requests from this client; retry after the time Retry-After gives.");
            };
        });
    }

    private static RateLimitPartition<string> Bucket(string client, int perSecond, int burst) =>
        RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(burst, 1),
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    /// <summary>The client a request counts against: a valid token's subject, else its network address.</summary>
    public static (bool Token, string Key) ClientOf(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true && http.User.FindFirst("sub")?.Value is { Length: > 0 } subject)
        {
            return (true, subject);
        }

        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return (false, "unknown");
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return (false, new System.Net.IPAddress(bytes) + "/64");
        }

        return (false, address.ToString());
    }

    public static IApplicationBuilder UseRequestAdmission(this IApplicationBuilder app) =>
        app.UseTrustedProxies(app.ApplicationServices.GetRequiredService<RequestLimits>().TrustedProxies)
            .UseExceptionHandler(handler => handler.Run(async http =>
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
            // The client is known by its token, so the limits come after authentication.
            .UseAuthentication()
            .UseRateLimiter();

    // Only the proxies named may say who the client is; a client's own X-Forwarded-For is never believed.
    private static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, string proxies)
    {
        var named = proxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (named.Length == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in named)
        {
            if (proxy.Contains('/', StringComparison.Ordinal))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
            else
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        }

        return app.UseForwardedHeaders(options);
    }

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
