using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CountryRelations.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces (HTTP, GraphQL operations, Npgsql, EF Core) and metrics (ASP.NET Core's request metrics,
/// the GraphQL counters). Nothing is exported unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; then OTLP.
/// </summary>
public static class TelemetryServices
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 };
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("countryrelations"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(GraphQLTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddNpgsql()
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GraphQLTelemetry.Name)
                    .AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
