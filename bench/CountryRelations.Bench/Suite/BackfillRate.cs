using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// Captures per second through the <c>backfill</c> verb from a web archive played on loopback (rate limit and host
/// delay off): <c>captures</c> distinct archived versions of a sample page (each a new revision), one process, minus
/// the same process backfilling one capture, so start-up is not counted — the figure to set beside the import rate.
/// </summary>
public static partial class BackfillRate
{
    private const string Sample = "fr-en_north-korea_2016-03-23.txt";
    private const string Original = "https://www.diplomatie.gouv.fr/en/country-files/north-korea/france-and-north-korea/";

    public static async Task<double> MeasureAsync(string program, IReadOnlyDictionary<string, string> environment, int captures)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", Sample));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var archive = builder.Build();
        archive.Run(async http =>
        {
            var path = http.Request.Path.Value ?? "";
            if (path == "/cdx/search/cdx")
            {
                // Address "…?run=N" lists N captures, a day apart from 2011, each its own digest.
                var url = http.Request.Query["url"].ToString();
                var count = int.Parse(url[(url.LastIndexOf('=') + 1)..], CultureInfo.InvariantCulture);
                var rows = new List<string[]> { Fields };
                rows.AddRange(Enumerable.Range(0, count).Select(i => new[] { Timestamp(i), url, "200", $"D{i}", "text/html" }));
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(JsonSerializer.Serialize(rows));
                return;
            }

            var match = Capture().Match(path);
            if (!match.Success)
            {
                http.Response.StatusCode = 404;
                return;
            }

            var day = (int)(DateTime.ParseExact(match.Groups[1].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture) - Start).TotalDays;
            var date = DateOnly.FromDateTime(Start).AddDays(day);
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(Updated().Replace(text, $"Updated: {date:dd'/'MM'/'yyyy}", 1)
                .Replace("humanitarian and cultural.", $"humanitarian and cultural (archived {day}).", StringComparison.Ordinal));
        });
        await archive.StartAsync();
        var endpoint = archive.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var settings = new[]
        {
            $"--Capture:WaybackEndpoint={endpoint}", "--Capture:WaybackRequestsPerSecond=0", "--Capture:MinimumHostDelay=00:00:00",
            "--Capture:AllowPrivateAddresses=true",
        };
        var single = await TimeAsync(program, environment, [$"{Original}?run=1", .. settings]);
        var many = await TimeAsync(program, environment, [$"{Original}?run={captures}", .. settings]);
        await archive.StopAsync();
        return (captures - 1) / Math.Max(0.001, (many - single).TotalSeconds);
    }

    private static readonly string[] Fields = ["timestamp", "original", "statuscode", "digest", "mimetype"];

    private static readonly DateTime Start = new(2011, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static string Timestamp(int day) => Start.AddDays(day).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static async Task<TimeSpan> TimeAsync(string program, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("backfill");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        if (process.ExitCode != 0 || !output.Contains("Created", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"backfill exited {process.ExitCode.ToString(CultureInfo.InvariantCulture)}:\n{output[..Math.Min(output.Length, 4000)]}");
        }

        return watch.Elapsed;
    }

    [GeneratedRegex(@"^/web/(\d{14})id_/")]
    private static partial Regex Capture();

    [GeneratedRegex(@"Updated: \d{2}/\d{2}/\d{4}")]
    private static partial Regex Updated();
}
