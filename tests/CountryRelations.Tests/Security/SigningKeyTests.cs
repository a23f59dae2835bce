using System.Security.Cryptography;
using System.Text.Json;
using CountryRelations.Api.Security;
using CountryRelations.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CountryRelations.Tests.Security;

/// <summary>No published or missing key is trusted outside Development; installations get keys of their own; an identity provider needs no shared secret.</summary>
public sealed class SigningKeyTests
{
    private static IConfiguration Settings(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Theory]
    [InlineData(null)]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_development_key_is_refused_outside_development(string? environment) =>
        Assert.Throws<SigningKeyException>(() => SigningKeys.Resolve(Settings(("environment", environment), ("Authentication:Jwt:SigningKey", JwtSettings.DevelopmentKey))));

    [Fact]
    public void Development_may_use_the_development_key_and_nothing_else_falls_back_to_it()
    {
        Assert.Equal(JwtSettings.DevelopmentKey, SigningKeys.Resolve(Settings(("environment", "Development"))).SigningKey);
        Assert.Throws<SigningKeyException>(() => SigningKeys.Resolve(Settings()));
        Assert.Throws<SigningKeyException>(() => SigningKeys.Resolve(Settings(("Authentication:Jwt:SigningKey", "short"))));
        Assert.Throws<SigningKeyException>(() => SigningKeys.Resolve(Settings(("Authentication:Jwt:Authority", "http://idp.example/"))));
    }

    [Fact]
    public void Each_installation_gets_a_random_key_file_only_its_owner_can_read_and_keeps_it()
    {
        var folder = Directory.CreateTempSubdirectory("keys-").FullName;
        var first = Path.Combine(folder, "a", "signing-key");
        var second = Path.Combine(folder, "b", "signing-key");

        var key = SigningKeys.Resolve(Settings(("Authentication:Jwt:KeyFile", first))).SigningKey;
        var again = SigningKeys.Resolve(Settings(("Authentication:Jwt:KeyFile", first))).SigningKey;
        var other = SigningKeys.Resolve(Settings(("Authentication:Jwt:KeyFile", second))).SigningKey;

        Assert.Equal(key, again);
        Assert.NotEqual(key, other);
        Assert.NotEqual(JwtSettings.DevelopmentKey, key);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first));
        }
    }

    [Fact]
    public async Task A_server_configured_with_the_development_key_refuses_to_start()
    {
        await Assert.ThrowsAsync<SigningKeyException>(() => TestServer.StartAsync(new Dictionary<string, string?> { ["Authentication:Jwt:SigningKey"] = JwtSettings.DevelopmentKey }));
    }

    [Fact]
    public async Task An_identity_providers_es256_tokens_are_accepted_through_discovery_and_others_refused()
    {
        using var providerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var provider = await StartProviderAsync(providerKey);
        var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Authentication:Jwt:Authority"] = provider.Urls.First(),
            ["Authentication:Jwt:Audience"] = "countryrelations",
        });
        try
        {
            using var strangerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            const string query = "{ verifyAllHistory { intact } }";

            var accepted = await server.QueryAsync(query, token: Token(providerKey, provider.Urls.First()));
            var forged = await server.QueryAsync(query, token: Token(strangerKey, provider.Urls.First()));
            var hmac = await server.QueryAsync(query, token: TestServer.StaffToken);

            Assert.Null(accepted["errors"]);
            Assert.Equal("UNAUTHENTICATED", (string)forged["errors"]![0]!["extensions"]!["code"]!);
            Assert.Equal("UNAUTHENTICATED", (string)hmac["errors"]![0]!["extensions"]!["code"]!);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    private static string Token(ECDsa key, string issuer) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = "countryrelations",
        Claims = new Dictionary<string, object> { ["sub"] = "auditor@idp", ["role"] = Roles.Auditor },
        Expires = DateTime.UtcNow.AddMinutes(5),
        SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = "k1" }, SecurityAlgorithms.EcdsaSha256),
    });

    private static readonly string[] Es256 = ["ES256"];

    // A minimal OpenID Connect provider on loopback: a discovery document and its JWKS.
    private static async Task<WebApplication> StartProviderAsync(ECDsa key)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new { kty = "EC", crv = "P-256", kid = "k1", use = "sig", alg = "ES256", x = Base64UrlEncoder.Encode(parameters.Q.X), y = Base64UrlEncoder.Encode(parameters.Q.Y) };
        app.MapGet("/.well-known/openid-configuration", (HttpContext http) =>
        {
            var issuer = app.Urls.First();
            return Results.Text(JsonSerializer.Serialize(new { issuer, jwks_uri = issuer.TrimEnd('/') + "/jwks", id_token_signing_alg_values_supported = Es256 }), "application/json");
        });
        app.MapGet("/jwks", () => Results.Text(JsonSerializer.Serialize(new { keys = new[] { jwk } }), "application/json"));
        await app.StartAsync();
        return app;
    }
}
