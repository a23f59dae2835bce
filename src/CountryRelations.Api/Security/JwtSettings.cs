using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace CountryRelations.Api.Security;

/// <summary>
/// How bearer tokens are checked (configuration section <c>Authentication:Jwt</c>): either an identity provider
/// (<see cref="Authority"/>: OpenID Connect discovery, its published keys, RS256/ES256, no shared secret) or an
/// HMAC key of the installation's own (<see cref="SigningKey"/>, or a random one kept in <see cref="KeyFile"/>).
/// The documented development key is refused outside the Development environment.
/// </summary>
public sealed record JwtSettings
{
    /// <summary>The development signing key, printed in the README: accepted in the Development environment only.</summary>
    public const string DevelopmentKey = "countryrelations-development-signing-key-not-for-production";

    /// <summary>The fewest bytes an HMAC-SHA256 key may have.</summary>
    public const int MinimumKeyBytes = 32;

    public string Issuer { get; init; } = "countryrelations";

    public string Audience { get; init; } = "countryrelations";

    /// <summary>HMAC-SHA256 key, at least 32 bytes of UTF-8; null when <see cref="Authority"/> or <see cref="KeyFile"/> says where keys come from.</summary>
    public string? SigningKey { get; init; }

    /// <summary>A file holding the installation's random key, created (owner-only) on first use; the embedded setup uses <c>.data/signing-key</c>.</summary>
    public string? KeyFile { get; init; }

    /// <summary>An OpenID Connect issuer (https) whose discovery document and JWKS give the signing keys.</summary>
    public string? Authority { get; init; }

    /// <summary>The HMAC key as the token handlers want it.</summary>
    public SymmetricSecurityKey Key() => new(Encoding.UTF8.GetBytes(SigningKey ?? throw new InvalidOperationException("No signing key is configured.")));
}
