using System.Text;
using System.Text.Json;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Cli;

/// <summary><c>serve</c> as a service manager runs it: started on its own PostgreSQL, stopped with SIGTERM.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ServeCommandTests
{
    [Fact]
    public async Task SIGTERM_with_a_stream_open_completes_the_stream_exits_0_and_stops_the_embedded_cluster()
    {
        var folder = TempFolder.ForCluster("serve-stop-");
        var data = Path.Combine(folder, ".data", "postgres");
        var port = CliProcess.FreePort();
        using var server = CliProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--Seed:SampleProfiles=false"],
            new Dictionary<string, string> { ["LocalDatabase__DataDirectory"] = data });
        var output = server.StandardOutput.ReadToEndAsync();
        var errors = server.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient();
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            HttpResponseMessage? response = null;
            while (response is null && !server.HasExited)
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/graphql")
                    {
                        Content = new StringContent(JsonSerializer.Serialize(new { query = "subscription { revisionRecorded { id } }" }), Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Accept.ParseAdd("text/event-stream");
                    response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500, cancel.Token);
                }
            }

            if (response?.Content.Headers.ContentType?.MediaType != "text/event-stream")
            {
                Assert.Fail($"no stream: {response?.StatusCode} {await errors}");
            }

            using var events = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
            Assert.Equal(": connected", await events.ReadLineAsync(cancel.Token));
            Assert.True(File.Exists(Path.Combine(data, "postmaster.pid")));

            CliProcess.Terminate(server);
            var rest = await events.ReadToEndAsync(cancel.Token);
            await server.WaitForExitAsync(cancel.Token);

            Assert.Contains("event: complete", rest, StringComparison.Ordinal);
            Assert.True(server.ExitCode == 0, $"exit {server.ExitCode}: {await errors}");
            Assert.False(File.Exists(Path.Combine(data, "postmaster.pid")), "the embedded PostgreSQL is still running");
            response.Dispose();
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            await output;
        }
    }

    [Fact]
    public async Task A_data_folder_the_cluster_cannot_use_is_a_one_line_refusal_with_exit_3()
    {
        // Closed to every other user: as root the cluster is handed to the postgres user, who cannot reach it; as
        // anyone else, initdb cannot write under a file.
        var closed = Directory.CreateTempSubdirectory("serve-closed-").FullName;
        var blocker = Path.Combine(closed, "file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var data = Environment.UserName == "root" ? Path.Combine(closed, ".data", "postgres") : Path.Combine(blocker, "postgres");

        var (exit, _, error) = await CliProcess.RunAsync(["serve", "--urls", $"http://127.0.0.1:{CliProcess.FreePort()}"],
            new Dictionary<string, string> { ["LocalDatabase__DataDirectory"] = data });

        Assert.Equal(3, exit);
        Assert.StartsWith("Not starting: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
