using CountryRelations.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (PostgreSQL answers and no migration is pending),
/// on ASP.NET Core's health checks and the EF Core context check.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        // The context check wants a context from the container; it gets one from the same pool as everything else.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>().CreateDbContext());
        services.AddHealthChecks().AddDbContextCheck<CountryRelationsDbContext>(
            "database",
            HealthStatus.Unhealthy,
            [Ready],
            async (db, cancellationToken) => (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any() is false);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return endpoints;
    }
}
