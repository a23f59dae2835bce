using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace CountryRelations.Api.Security;

/// <summary>
/// How bearer tokens are checked (configuration section <c>Authentication:Jwt</c>). The defaults are the documented
/// development key: anyone can mint tokens with it, so a deployment sets its own <c>SigningKey</c>
/// (e.g. <c>Authentication__Jwt__SigningKey</c>) and, usually, its identity provider's issuer and audience.
/// </summary>
public sealed record JwtSettings
{
    /// <summary>The development signing key; never use it outside a developer's machine.</summary>
    public const string DevelopmentKey = "countryrelations-development-signing-key-not-for-production";

    public string Issuer { get; init; } = "countryrelations-dev";

    public string Audience { get; init; } = "countryrelations";

    /// <summary>HMAC-SHA256 key, at least 32 bytes of UTF-8.</summary>
    public string SigningKey { get; init; } = DevelopmentKey;

    /// <summary>The key as the token handlers want it.</summary>
    public SymmetricSecurityKey Key() => new(Encoding.UTF8.GetBytes(SigningKey));
}
