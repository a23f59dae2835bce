using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CountryRelations.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces (HTTP, GraphQL operations, Npgsql, EF Core) and metrics (ASP.NET Core's request metrics,
/// the GraphQL counters), exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Without it nothing is
/// collected either: a registered tracer samples every request (spans, tags, Npgsql's per-command activities) only to
/// drop them, which cost measurable throughput on the request path. The request log (<see cref="RequestLog"/>) runs
/// either way.
/// </summary>
public static class TelemetryServices
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RequestLog>();
        services.AddHostedService(provider => provider.GetRequiredService<RequestLog>());
        services.AddSingleton(configuration.GetSection(RequestLogOptions.Section).Get<RequestLogOptions>() ?? new RequestLogOptions());
        if (configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is not { Length: > 0 })
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("countryrelations"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(GraphQLTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddNpgsql()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GraphQLTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddOtlpExporter();
            });
        return services;
    }
}
