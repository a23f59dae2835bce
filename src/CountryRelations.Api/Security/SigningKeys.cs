using System.Security.Cryptography;
using System.Text;
using CountryRelations.Integrity;
using Microsoft.Extensions.Configuration;

namespace CountryRelations.Api.Security;

/// <summary>
/// Decides, once at start-up, where the keys that sign bearer tokens come from — and refuses to start rather
/// than trust a published secret: the development key outside Development, a short key, or no key at all.
/// </summary>
public static class SigningKeys
{
    /// <summary>The default key file of the embedded setup, next to its database under <c>.data/</c>.</summary>
    public const string EmbeddedKeyFile = ".data/signing-key";

    /// <summary>The settings with their key resolved; throws <see cref="InvalidOperationException"/> with what to configure.</summary>
    public static JwtSettings Resolve(IConfiguration configuration)
    {
        var settings = configuration.GetSection("Authentication:Jwt").Get<JwtSettings>() ?? new JwtSettings();
        var development = string.Equals(configuration["environment"], "Development", StringComparison.OrdinalIgnoreCase);
        if (settings.Authority is { Length: > 0 } authority)
        {
            return Uri.TryCreate(authority, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || development)
                ? settings with { SigningKey = null }
                : throw new SigningKeyException($"Authentication:Jwt:Authority \"{authority}\" must be an https address.");
        }

        if (settings.SigningKey is { Length: > 0 } key)
        {
            if (key == JwtSettings.DevelopmentKey && !development)
            {
                throw new SigningKeyException(
                    "Authentication:Jwt:SigningKey is the development key printed in the README; outside the Development environment " +
                    "set a secret of your own (32+ bytes), or Authentication:Jwt:Authority for an identity provider.");
            }

            return Encoding.UTF8.GetByteCount(key) >= JwtSettings.MinimumKeyBytes
                ? settings
                : throw new SigningKeyException($"Authentication:Jwt:SigningKey must have at least {JwtSettings.MinimumKeyBytes} bytes.");
        }

        if (settings.KeyFile is { Length: > 0 } file)
        {
            return settings with { SigningKey = ReadOrCreate(file) };
        }

        return development
            ? settings with { SigningKey = JwtSettings.DevelopmentKey }
            : throw new SigningKeyException(
                "No token signing key is configured: set Authentication:Jwt:SigningKey (32+ bytes, e.g. from a secret store), " +
                "Authentication:Jwt:KeyFile, or Authentication:Jwt:Authority for an identity provider.");
    }

    // A random key per installation, readable by its owner only: minted tokens stop working if it is replaced.
    private static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            return Encoding.UTF8.GetByteCount(existing) >= JwtSettings.MinimumKeyBytes
                ? existing
                : throw new SigningKeyException($"The key file {path} holds fewer than {JwtSettings.MinimumKeyBytes} bytes.");
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        OwnerOnlyFile.Create(path, key);
        return key;
    }
}
