using CountryRelations.Api.Security;
using CountryRelations.Api.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Hosting;

/// <summary>Composes the web application; shared by the server and the tests so both run the same thing.</summary>
public static class CountryRelationsHost
{
    /// <summary>
    /// Registers services, builds the app, migrates as <paramref name="ownerConnectionString"/> (and seeds, unless
    /// configured off) and maps GraphQL; the app itself connects with <paramref name="connectionString"/>.
    /// </summary>
    public static async Task<WebApplication> BuildCountryRelationsAsync(this WebApplicationBuilder builder, string connectionString, string ownerConnectionString)
    {
        builder.Services.AddCountryRelations(connectionString, builder.Configuration);

        // Room in the request line for a GET query at the query-length limit, percent-encoded.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);
        var app = builder.Build();

        // Refuse to start, rather than serve with a published or missing token key.
        app.Services.GetRequiredService<JwtSettings>();
        await app.Services.PrepareDatabaseAsync(ownerConnectionString, seed: builder.Configuration.GetValue("Seed:SampleProfiles", true));
        app.UseSecurityHeaders();
        app.UseRequestAdmission();
        app.UseAuthentication();
        app.MapGraphQLEndpoint().RequireRateLimiting(RequestAdmission.Policy);
        return app;
    }
}
