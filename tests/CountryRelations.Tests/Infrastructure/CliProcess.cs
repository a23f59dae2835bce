using System.Diagnostics;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>The server's executable run as people run it, in a process of its own, against a test database.</summary>
public static class CliProcess
{
    /// <summary>Settings that point a process at <paramref name="application"/> and <paramref name="owner"/> and at the tests' checkpoint key.</summary>
    public static Dictionary<string, string> Database(string application, string owner) => new()
    {
        ["ConnectionStrings__CountryRelations"] = application,
        ["ConnectionStrings__CountryRelationsOwner"] = owner,
        ["Integrity__CheckpointKeyFile"] = TestServer.CheckpointKeyFile,
    };

    /// <summary>Starts <c>countryrelations ARGS</c> from the temp folder, output redirected.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "countryrelations.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs <c>countryrelations ARGS</c> to its end.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>A loopback port free right now.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sends SIGTERM, as a service manager stops a process.</summary>
    public static void Terminate(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
