using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CountryRelations.Api.Security;
using CountryRelations.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CountryRelations.Tests.Cli;

/// <summary>The server's executable as people run it: help, version, verbs, configuration overrides, --urls.</summary>
public sealed class CommandLineTests
{
    private static readonly string[] Verbs = ["serve", "migrate", "migrations-script", "import", "token", "schema", "contract", "Exit codes"];

    [Fact]
    public async Task Help_lists_every_verb_and_the_exit_codes_and_the_version_is_printed()
    {
        var (helpExit, help, _) = await RunAsync(["--help"]);
        var (importExit, importHelp, _) = await RunAsync(["import", "--help"]);
        var (versionExit, version, _) = await RunAsync(["--version"]);

        Assert.Equal((0, 0, 0), (helpExit, importExit, versionExit));
        Assert.All(Verbs, verb => Assert.Contains(verb, help, StringComparison.Ordinal));
        Assert.Contains("--dry-run", importHelp, StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Trim());
    }

    [Fact]
    public async Task Every_verb_takes_configuration_overrides_and_refuses_misspelt_options()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

        var (exit, output, _) = await RunAsync(["token", "--role", "auditor", "--Authentication:Jwt:SigningKey=" + key, "--ConnectionStrings:CountryRelations", "Host=x"]);
        var (misspeltExit, _, error) = await RunAsync(["token", "--role", "auditor", "--rol", "editor"]);
        var (badRoleExit, _, _) = await RunAsync(["token", "--role", "admin"]);

        Assert.Equal(0, exit);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(output.Trim(), new TokenValidationParameters
        {
            ValidIssuer = "countryrelations", ValidAudience = "countryrelations", IssuerSigningKey = new JwtSettings { SigningKey = key }.Key(),
        });
        Assert.True(validation.IsValid);
        Assert.Equal((2, 2), (misspeltExit, badRoleExit));
        Assert.Contains("--rol", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_honours_urls_and_appsettings_logging_no_sql_and_no_failure_on_a_fresh_database()
    {
        // A fresh, empty database migrated at start-up: the first start probes for a migrations table that is not
        // there yet, which must not log a failure; appsettings.json (read from beside the binaries although the
        // process runs elsewhere) keeps SQL out of the log.
        var fresh = await (await TestDatabase.GetAsync()).CreateScratchDatabaseAsync("fresh");
        var port = FreePort();
        // The two roles' sessions told apart by name: the owner's (migrations) must not stay in the serving process.
        var tag = Guid.NewGuid().ToString("N")[..8];
        var owner = new Npgsql.NpgsqlConnectionStringBuilder(fresh) { ApplicationName = "owner-" + tag }.ConnectionString;
        var application = new Npgsql.NpgsqlConnectionStringBuilder(fresh) { ApplicationName = "app-" + tag }.ConnectionString;
        // Summaries every second: the console logger writes from a queue that a loaded machine may not drain within the
        // time it is given at exit, so the summary this test reads is one written while the server runs (the last one,
        // at stop, has its own test in RequestLogTests).
        using var server = Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--Database:MigrateOnStart=true", "--RequestLog:SummaryInterval=00:00:01",
            "--Authentication:Jwt:SigningKey=" + TestServer.Jwt.SigningKey, "--ConnectionStrings:CountryRelations=" + application, "--ConnectionStrings:CountryRelationsOwner=" + owner]);
        int ownerSessions;
        var lines = new List<string>();
        server.OutputDataReceived += (_, e) => { lock (lines) { lines.Add(e.Data ?? ""); } };
        server.ErrorDataReceived += (_, e) => { lock (lines) { lines.Add(e.Data ?? ""); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient();
            string? answer = null;
            for (var attempt = 0; attempt < 120 && answer is null && !server.HasExited; attempt++)
            {
                try
                {
                    using var response = await client.PostAsync($"http://127.0.0.1:{port}/graphql",
                        new StringContent("{\"query\":\"{ countries(search: \\\"Senegal\\\") { code } }\"}", System.Text.Encoding.UTF8, "application/json"));
                    answer = await response.Content.ReadAsStringAsync();
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }

            Assert.Contains("\"SN\"", answer ?? string.Join('\n', lines), StringComparison.Ordinal);
            await Poll.UntilAsync(() => { lock (lines) { return lines.Any(l => l.Contains("GraphQL query answered 200 × 1 in the last", StringComparison.Ordinal)); } }, TimeSpan.FromSeconds(30));
            await using var probe = new Npgsql.NpgsqlConnection(fresh);
            await probe.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'owner-{tag}'", probe);
            ownerSessions = (int)(long)(await count.ExecuteScalarAsync())!;
        }
        finally
        {
            // Stopped as an operator stops it, so the request log's last summary is written.
            CliProcess.Terminate(server);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await server.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                server.Kill(entireProcessTree: true);
            }
        }

        string[] all;
        lock (lines)
        {
            all = [.. lines];
        }

        Assert.Contains(all, l => l.Contains($"GraphQL endpoint: http://127.0.0.1:{port}/graphql", StringComparison.Ordinal));
        Assert.DoesNotContain(all, l => l.StartsWith("fail:", StringComparison.Ordinal) || l.Contains("Executed DbCommand", StringComparison.Ordinal) || l.Contains("Failed executing", StringComparison.Ordinal));
        Assert.Contains(all, l => l.Contains("GraphQL query answered 200 × 1 in the last", StringComparison.Ordinal));
        Assert.Equal(0, ownerSessions);
    }

    [Fact]
    public async Task The_health_verb_answers_for_a_ready_server_and_fails_for_none()
    {
        var server = await TestServer.GetAsync();

        var (ready, output, error) = await RunAsync(["health", "--url", new Uri(server.GraphQLUri, "/health/ready").ToString()]);
        var (none, _, _) = await RunAsync(["health", "--url", $"http://127.0.0.1:{FreePort()}/health/ready"]);
        var (notHealth, _, _) = await RunAsync(["health", "--url", new Uri(server.GraphQLUri, "/audit").ToString()]);
        var (file, _, fileError) = await RunAsync(["health", "--url", "file:///etc/hostname"]);
        var (unknown, _, hint) = await RunAsync(["--no-such-option"]);

        Assert.True(ready == 0, output + error);
        Assert.Equal(1, none);
        Assert.Equal(1, notHealth);
        Assert.Equal(2, file);
        Assert.Contains("http or https", fileError, StringComparison.Ordinal);
        Assert.Equal(2, unknown);
        Assert.Contains("Try: countryrelations --help", hint, StringComparison.Ordinal);
        Assert.StartsWith("200", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_refuses_addresses_it_cannot_listen_on_before_any_work()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var folder = Directory.CreateTempSubdirectory("serve-urls-").FullName;

        // No connection string: had the verb done any work, it would have started its own cluster under .data/.
        var malformed = await CliProcess.RunAsync(["serve", "--urls", "not an address"], new Dictionary<string, string> { ["LocalDatabase__DataDirectory"] = Path.Combine(folder, ".data") });
        var busy = await CliProcess.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string> { ["LocalDatabase__DataDirectory"] = Path.Combine(folder, ".data") });

        Assert.Equal((3, 3), (malformed.Exit, busy.Exit));
        Assert.StartsWith("Not starting: --urls", malformed.Error.Trim(), StringComparison.Ordinal);
        Assert.Contains($"cannot listen on http://127.0.0.1:{port}", busy.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", malformed.Error + busy.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, ".data")));
    }

    private static Process Start(string[] args) => CliProcess.Start(args);

    private static Task<(int Exit, string Output, string Error)> RunAsync(string[] args) => CliProcess.RunAsync(args);

    private static int FreePort() => CliProcess.FreePort();
}
