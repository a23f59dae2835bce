using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// Pages per second through the <c>import</c> verb: a sample page re-dated and reworded into <c>pages</c> distinct
/// updates (each a new revision), imported by one process, against the same process importing one page, so the
/// process's start-up is not counted: rate = (pages − 1) / (time for all − time for one).
/// </summary>
public static partial class ImportRate
{
    private const string Sample = "fr-en_north-korea_2016-03-23.txt";
    private const string Source = "https://www.diplomatie.gouv.fr/en/country-files/north-korea/france-and-north-korea/";

    public static async Task<double> MeasureAsync(string program, IReadOnlyDictionary<string, string> environment, int pages)
    {
        var root = Directory.CreateTempSubdirectory("countryrelations-import-").FullName;
        try
        {
            var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", Sample));
            var one = await WriteAsync(Path.Combine(root, "one"), text, first: 0, count: 1);
            var all = await WriteAsync(Path.Combine(root, "all"), text, first: 1, count: pages);
            var single = await TimeAsync(program, environment, one);
            var many = await TimeAsync(program, environment, all);
            return (pages - 1) / Math.Max(0.001, (many - single).TotalSeconds);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Each page: the sample with its own "Updated:" date (a day apart, in order) and its own last sentence.
    private static async Task<string> WriteAsync(string folder, string text, int first, int count)
    {
        Directory.CreateDirectory(folder);
        var manifest = new List<string>();
        for (var i = first; i < first + count; i++)
        {
            var date = new DateOnly(2001, 1, 1).AddDays(i);
            var page = Updated().Replace(text, $"Updated: {date:dd'/'MM'/'yyyy}", 1)
                .Replace("humanitarian and cultural.", $"humanitarian and cultural (update {i}).", StringComparison.Ordinal);
            var name = $"page-{i:D5}.txt";
            await File.WriteAllTextAsync(Path.Combine(folder, name), page);
            manifest.Add($"{name}\t\t\t\t\t{Source}");
        }

        await File.WriteAllLinesAsync(Path.Combine(folder, "manifest.tsv"), manifest);
        return folder;
    }

    private static async Task<TimeSpan> TimeAsync(string program, IReadOnlyDictionary<string, string> environment, string folder)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(folder);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"import {folder} exited {process.ExitCode.ToString(CultureInfo.InvariantCulture)}:\n{output[..Math.Min(output.Length, 4000)]}");
        }

        return watch.Elapsed;
    }

    [GeneratedRegex(@"Updated: \d{2}/\d{2}/\d{4}")]
    private static partial Regex Updated();
}
