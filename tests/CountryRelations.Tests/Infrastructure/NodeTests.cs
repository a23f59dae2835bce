using System.Diagnostics;
using System.Text;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>
/// Runs the Node.js test files under <c>tests/http-conformance</c> (the graphql-http audit, the GraphiQL browser
/// check) with <c>node --test</c>, installing their pinned packages with <c>npm ci</c> on first use.
/// </summary>
public static class NodeTests
{
    private static readonly Lazy<Task> Install = new(() => RunAsync("npm", ["ci", "--no-audit", "--no-fund"], new Dictionary<string, string>(), TimeSpan.FromMinutes(5)).ContinueWith(t =>
    {
        if (t.Result.ExitCode != 0)
        {
            throw new InvalidOperationException("npm ci in tests/http-conformance failed:\n" + t.Result.Output);
        }
    }, TaskScheduler.Default));

    /// <summary>The folder holding package.json and the test files.</summary>
    public static string Folder { get; } = Path.Combine(Repository.Root, "tests", "http-conformance");

    /// <summary>Runs one test file against <paramref name="graphQL"/>; returns node's exit code and its TAP output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string testFile, Uri graphQL, IDictionary<string, string>? environment = null)
    {
        await Install.Value;
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["COUNTRYRELATIONS_GRAPHQL_URL"] = graphQL.ToString() };
        return await RunAsync("node", ["--test", "--test-reporter=tap", testFile], variables, TimeSpan.FromMinutes(3));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, IDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started; install Node.js 20 or later.");
        var output = new StringBuilder();
        var reading = Task.WhenAll(
            Task.Run(async () => output.Append(await process.StandardOutput.ReadToEndAsync())),
            Task.Run(async () => output.Append(await process.StandardError.ReadToEndAsync())));
        using var deadline = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(deadline.Token);
        await reading;
        return (process.ExitCode, output.ToString());
    }
}
