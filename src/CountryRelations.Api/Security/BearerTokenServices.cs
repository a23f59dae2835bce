using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CountryRelations.Api.Security;

/// <summary>JWT bearer authentication from <see cref="JwtSettings"/>; a request without a token is an anonymous reader.</summary>
public static class BearerTokenServices
{
    public static IServiceCollection AddBearerTokens(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Authentication:Jwt").Get<JwtSettings>() ?? new JwtSettings();
        services.AddSingleton(settings);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Claims keep their JWT names ("role", "name"), which is what the role rule reads.
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = settings.Key(),
                RoleClaimType = "role",
                NameClaimType = "name",
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        return services;
    }
}
