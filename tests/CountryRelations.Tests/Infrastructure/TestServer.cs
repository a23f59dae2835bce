using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountryRelations.Api.Hosting;
using CountryRelations.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>
/// The real application on Kestrel on a free loopback port, over the shared test database, started once per run:
/// the HTTP tests speak real HTTP to it, like a client would.
/// </summary>
public sealed class TestServer
{
    private static readonly Lazy<Task<TestServer>> Shared = new(() => StartAsync());

    private TestServer(WebApplication app, Uri graphQL)
    {
        App = app;
        GraphQLUri = graphQL;
        Client = new HttpClient();
    }

    public WebApplication App { get; }

    public Uri GraphQLUri { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public static Task<TestServer> GetAsync() => Shared.Value;

    /// <summary>The token settings of every test server: a random key for this run, as a deployment has its own.</summary>
    public static JwtSettings Jwt { get; } = new() { SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)) };

    /// <summary>The checkpoint signing key of this run's test servers, outside the database like a deployment's.</summary>
    public static string CheckpointKeyFile { get; } = Path.Combine(Path.GetTempPath(), "countryrelations-tests-" + Guid.NewGuid().ToString("N")[..12], "checkpoint-key.pem");

    /// <summary>A token with the editor and auditor roles: what the tests send by default.</summary>
    public static string StaffToken { get; } = Token(Roles.Editor, Roles.Auditor);

    /// <summary>A token with <paramref name="roles"/>, signed with the test servers' key.</summary>
    public static string Token(params string[] roles) => TokenIssuer.Issue(Jwt, "tests", roles, TimeSpan.FromHours(1));

    /// <summary>POSTs a GraphQL request (as staff unless <paramref name="token"/> says otherwise; "" is anonymous) and returns the HTTP response.</summary>
    public Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json", string? token = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLUri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        token ??= StaffToken;
        if (token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    /// <summary>POSTs a document asking for an event stream (Accept: text/event-stream), without a token.</summary>
    public Task<HttpResponseMessage> PostEventStreamAsync(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLUri)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        return Client.SendAsync(request);
    }

    /// <summary>POSTs a GraphQL request (as staff unless <paramref name="token"/> says otherwise; "" is anonymous) and parses the JSON response.</summary>
    public async Task<JsonObject> QueryAsync(string query, object? variables = null, string? token = null)
    {
        using var response = await PostAsync(query, variables, token: token);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>
    /// Starts another instance of the app over the shared database (or <paramref name="connections"/>) with <paramref name="settings"/> added to its
    /// configuration (e.g. tighter limits); it does not seed. Dispose it with <see cref="StopAsync"/>.
    /// </summary>
    public static async Task<TestServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, (string Application, string Owner)? connections = null, ILoggerProvider? logs = null)
    {
        var database = await TestDatabase.GetAsync();
        var (application, owner) = connections ?? (database.ApplicationConnectionString, database.OwnerConnectionString);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Jwt:SigningKey"] = Jwt.SigningKey,
            ["Integrity:CheckpointKeyFile"] = CheckpointKeyFile,
            // Servers share one database: only the capture tests' servers (which may reach the local site) capture and deliver.
            ["Capture:Enabled"] = "false",
            ["Webhooks:Enabled"] = "false",
            // The whole suite speaks from one address at once; the per-client limits have their own tests.
            ["Limits:ClientRequestsPerSecond"] = "0",
            ["Limits:TokenRequestsPerSecond"] = "0",
        });
        if (settings is not null)
        {
            // The shared instance migrates and seeds first; migrations must not run twice at once.
            await GetAsync();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["Seed:SampleProfiles"] = "false" });
        }

        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
        }

        var app = await builder.BuildCountryRelationsAsync(application, owner, embedded: true);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(address.TrimEnd('/') + "/graphql"));
    }

    /// <summary>Stops an instance started with <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
