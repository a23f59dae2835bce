using CountryRelations.Api.Security;
using CountryRelations.Api.Transport;
using CountryRelations.Api.Workbench;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Hosting;

/// <summary>Composes the web application; shared by the server and the tests so both run the same thing.</summary>
public static class CountryRelationsHost
{
    /// <summary>
    /// Registers services, builds the app and maps GraphQL; the app connects with <paramref name="connectionString"/>.
    /// Migrations run at start-up (as <paramref name="ownerConnectionString"/>) only for the <paramref name="embedded"/>
    /// database or with <c>Database:MigrateOnStart=true</c>: a deployment runs <c>migrate</c> as its own step. The
    /// sample profiles are loaded into the embedded database unless <c>Seed:SampleProfiles</c> says otherwise.
    /// </summary>
    public static async Task<WebApplication> BuildCountryRelationsAsync(this WebApplicationBuilder builder, string connectionString, string ownerConnectionString, bool embedded = false)
    {
        builder.Services.AddCountryRelations(connectionString, builder.Configuration).AddCaptureWorkers(builder.Configuration);

        // Room in the request line for a GET query at the query-length limit, percent-encoded.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);
        var app = builder.Build();

        // Refuse to start, rather than serve with a published or missing token key.
        app.Services.GetRequiredService<JwtSettings>();
        await app.Services.PrepareDatabaseAsync(
            ownerConnectionString,
            migrate: builder.Configuration.GetValue("Database:MigrateOnStart", embedded),
            seed: builder.Configuration.GetValue("Seed:SampleProfiles", embedded));
        app.UseSecurityHeaders();
        app.UseRequestAdmission();
        app.MapGraphQLEndpoint().RequireRateLimiting(RequestAdmission.Policy);
        app.MapHealth();
        app.MapWorkbench();
        return app;
    }
}
