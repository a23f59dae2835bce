using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CountryRelations.Api.Hosting;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// The baseline: <c>pgbench -M prepared</c> running a shape's hand-written SQL at the same concurrency, with per-request
/// latencies logged (<c>--log</c>) so its percentiles are computed like the server's.
/// </summary>
public static partial class Pgbench
{
    public static async Task<LoadResult> RunAsync(LocalPostgresCluster cluster, string database, string name, string script, int clients, int seconds)
    {
        var folder = Directory.CreateTempSubdirectory("countryrelations-pgbench-").FullName;
        try
        {
            var file = Path.Combine(folder, name + ".sql");
            await File.WriteAllTextAsync(file, script);
            var start = new ProcessStartInfo(Path.Combine(LocalPostgresCluster.FindBinaries()!, "pgbench"),
                ["-n", "-M", "prepared", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", seconds.ToString(CultureInfo.InvariantCulture),
                 "--log", "--log-prefix", Path.Combine(folder, "latency"), "-f", file,
                 "-h", "127.0.0.1", "-p", cluster.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", database])
            { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder, Environment = { ["PGPASSWORD"] = cluster.Password } };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var tps = Tps().Match(output);
            if (!tps.Success)
            {
                throw new InvalidOperationException($"pgbench did not report for {name}: {output}");
            }

            // Each log line: client, transaction, latency in µs, ...
            var latencies = Directory.GetFiles(folder, "latency*")
                .SelectMany(File.ReadLines)
                .Select(line => line.Split(' '))
                .Where(cells => cells.Length > 2)
                .Select(cells => double.Parse(cells[2], CultureInfo.InvariantCulture) / 1000)
                .Order()
                .ToList();
            var failed = Failed().Match(output) is { Success: true } f ? int.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return latencies.Count == 0
                ? new LoadResult(double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), double.NaN, double.NaN, failed)
                : new LoadResult(double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.99)], failed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"tps = ([\d.]+)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of failed transactions: (\d+)")]
    private static partial Regex Failed();
}
