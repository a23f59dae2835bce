using System.Globalization;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// The minimal ASP.NET Core endpoint (<c>bench/CountryRelations.Bench.Minimal</c>, built with the suite) in a process of
/// its own: one prepared statement per shape and <c>Utf8JsonWriter</c>, the .NET HTTP limit on this machine.
/// </summary>
public static class MinimalEndpoint
{
    /// <summary>The endpoint's built assembly, in the same configuration as the suite, or null when it cannot be found.</summary>
    public static string? Assembly()
    {
        // The suite runs from bench/CountryRelations.Bench/bin/<configuration>/<framework>/; the endpoint is built beside it.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent?.Name;
        var bench = output.Parent?.Parent?.Parent?.Parent;
        if (bench is null || configuration is null)
        {
            return null;
        }

        var assembly = Path.Combine(bench.FullName, "CountryRelations.Bench.Minimal", "bin", configuration, framework, "CountryRelations.Bench.Minimal.dll");
        return File.Exists(assembly) ? assembly : null;
    }

    public static Task<ServedProcess> StartAsync(string assembly, string connectionString, int port) =>
        ServedProcess.StartAsync(
            "dotnet",
            [assembly, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}", "--ConnectionString", connectionString],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            port,
            "/health");
}
