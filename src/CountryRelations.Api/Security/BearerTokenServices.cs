using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CountryRelations.Api.Security;

/// <summary>
/// JWT bearer authentication with the keys <see cref="SigningKeys"/> resolves: an identity provider's published keys
/// (RS256/ES256), or the installation's HMAC key. A request without a token is an anonymous reader.
/// </summary>
public static class BearerTokenServices
{
    public static IServiceCollection AddBearerTokens(this IServiceCollection services, IConfiguration configuration)
    {
        // Resolved on first use: the server resolves it before it starts (and refuses to start on a bad key);
        // verbs that never check a token (import, migrate) need no key.
        services.AddSingleton(_ => SigningKeys.Resolve(configuration));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<JwtSettings>((options, settings) =>
        {
            // Claims keep their JWT names ("role", "name"), which is what the role rule reads.
            options.MapInboundClaims = false;
            var parameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                RoleClaimType = "role",
                NameClaimType = "name",
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (settings.Authority is { Length: > 0 } authority)
            {
                options.Authority = authority;
                options.Audience = settings.Audience;
                options.RequireHttpsMetadata = authority.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
                parameters.ValidIssuer = authority;
                parameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];
            }
            else
            {
                parameters.IssuerSigningKey = settings.Key();
                parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }

            options.TokenValidationParameters = parameters;
        });
        return services;
    }
}
