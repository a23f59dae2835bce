using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// The load tool for every HTTP side: <c>wrk</c> (an apt package), a compiled generator in a process of its own, so the
/// load does not compete with the server inside one .NET runtime. Its Lua script walks a file of request bodies drawn
/// in advance (each thread from its own offset, so a run repeats no body until it has used them all), counts as an
/// error any answer that is not 200 or that carries <c>"errors"</c>, and reports the latency percentiles wrk measured.
/// </summary>
public static partial class Wrk
{
    private const string Script = """
        local bodies = {}
        for line in io.lines(os.getenv("BENCH_BODIES")) do bodies[#bodies + 1] = line end
        local threads = {}
        function setup(thread)
          thread:set("id", #threads)
          table.insert(threads, thread)
        end
        function init(args)
          failures = 0
          position = math.floor(id * #bodies / tonumber(os.getenv("BENCH_THREADS"))) + 1
        end
        function request()
          local body = bodies[position]
          position = position % #bodies + 1
          return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json, application/json"}, body)
        end
        function response(status, headers, body)
          if status ~= 200 or string.find(body, '"errors"', 1, true) then
            failures = failures + 1
            if failures == 1 and os.getenv("BENCH_DEBUG") then io.write("FIRST FAILURE " .. status .. " " .. body .. "\n") end
          end
        end
        function done(summary, latency, requests)
          local failed = 0
          for _, t in ipairs(threads) do failed = failed + t:get("failures") end
          local e = summary.errors
          io.write(string.format("BENCH_RESULT %d %d %d %d %d\n", summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
            failed + e.connect + e.read + e.write + e.timeout))
        end
        """;

    /// <summary>Whether <c>wrk</c> is on the PATH (and not set aside with <c>BENCH_LOAD=httpclient</c>, which measures the fallback).</summary>
    public static bool IsInstalled { get; } = System.Environment.GetEnvironmentVariable("BENCH_LOAD") != "httpclient"
        && (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(folder => File.Exists(Path.Combine(folder, "wrk")));

    /// <summary>Runs <c>wrk</c> against <paramref name="url"/> with <paramref name="clients"/> connections for <paramref name="duration"/>.</summary>
    public static async Task<LoadResult> RunAsync(string url, IReadOnlyList<string> bodies, int clients, TimeSpan duration)
    {
        var folder = Directory.CreateTempSubdirectory("countryrelations-wrk-").FullName;
        try
        {
            var script = Path.Combine(folder, "bodies.lua");
            var file = Path.Combine(folder, "bodies.jsonl");
            await File.WriteAllTextAsync(script, Script);
            await File.WriteAllLinesAsync(file, bodies);
            var threads = Math.Min(2, clients).ToString(CultureInfo.InvariantCulture);
            var start = new ProcessStartInfo("wrk",
                ["-t", threads, "-c", clients.ToString(CultureInfo.InvariantCulture),
                 "-d", $"{Math.Max(1, (int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture)}s", "--timeout", "60s", "-s", script, url])
            { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["BENCH_BODIES"] = file, ["BENCH_THREADS"] = threads } };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (System.Environment.GetEnvironmentVariable("BENCH_DEBUG") is not null)
            {
                Console.Error.WriteLine(output);
            }

            var result = Result().Match(output);
            if (!result.Success)
            {
                throw new InvalidOperationException($"wrk did not report for {url}: {output}");
            }

            long Number(int group) => long.Parse(result.Groups[group].Value, CultureInfo.InvariantCulture);
            var requests = Number(1);
            return new LoadResult(requests / (Number(2) / 1e6), Number(3) / 1000.0, Number(4) / 1000.0, (int)Number(5));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"BENCH_RESULT (\d+) (\d+) (\d+) (\d+) (\d+)")]
    private static partial Regex Result();
}
