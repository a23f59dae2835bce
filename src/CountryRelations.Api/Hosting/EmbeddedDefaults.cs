using CountryRelations.Api.Security;
using Microsoft.Extensions.Configuration;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// What the embedded setup (no connection string: a PostgreSQL cluster of its own under <c>.data/</c>) adds to the
/// configuration: a random token signing key of the installation's own in <c>.data/signing-key</c>, unless a key
/// or an identity provider is configured.
/// </summary>
public static class EmbeddedDefaults
{
    /// <summary>True when no database is configured, so the process runs its own.</summary>
    public static bool IsEmbedded(IConfiguration configuration) =>
        string.IsNullOrEmpty(configuration.GetConnectionString("CountryRelations"));

    /// <summary>The settings the embedded setup adds to <paramref name="configuration"/>: none when it is not embedded or they are configured.</summary>
    public static IReadOnlyDictionary<string, string?> For(IConfiguration configuration)
    {
        var jwt = configuration.GetSection("Authentication:Jwt");
        return !IsEmbedded(configuration) || jwt["SigningKey"] is { Length: > 0 } || jwt["Authority"] is { Length: > 0 } || jwt["KeyFile"] is { Length: > 0 }
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?> { ["Authentication:Jwt:KeyFile"] = SigningKeys.EmbeddedKeyFile };
    }

    /// <summary><paramref name="configuration"/> with the embedded defaults filled in where nothing is configured.</summary>
    public static IConfiguration Apply(IConfiguration configuration) =>
        new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(For(configuration)).Build();
}
