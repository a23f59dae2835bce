using CountryRelations.Dates;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CountryRelations.Api.Security;

/// <summary>Mints tokens signed with the configured key: for development (the <c>token</c> verb) and tests.</summary>
public static class TokenIssuer
{
    /// <summary>A token for <paramref name="subject"/> with <paramref name="roles"/>, valid for <paramref name="lifetime"/> from <paramref name="clock"/>'s now.</summary>
    public static string Issue(JwtSettings settings, string subject, IEnumerable<string> roles, TimeSpan lifetime, TimeProvider? clock = null)
    {
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, subject), new("name", subject) };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = (clock ?? TimeProvider.System).UtcNow().Add(lifetime),
            SigningCredentials = new SigningCredentials(settings.Key(), SecurityAlgorithms.HmacSha256),
        });
    }
}
