using System.Globalization;
using System.Text.Json.Nodes;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// The suite's targets, each read from the run's own figures (ratios within one run, never absolute times from another
/// day): printed as a table — target, figure, met or missed — and returned for the JSON report. A miss is reported,
/// not failed: the exit code speaks only of errors and disagreeing answers.
/// </summary>
public static class Targets
{
    public static JsonArray Print(JsonArray runs)
    {
        var rows = new JsonArray();
        void Row(string target, double? figure, bool? met, string format = "F2")
        {
            var shown = figure is { } f && !double.IsNaN(f) ? f.ToString(format, CultureInfo.InvariantCulture) : "not measured";
            rows.Add(new JsonObject { ["target"] = target, ["figure"] = figure is { } v && !double.IsNaN(v) ? Math.Round(v, 3) : null, ["met"] = figure is null ? null : met });
            Console.WriteLine($"  {target,-78}{shown,14}  {(figure is null || met is null ? "" : met.Value ? "met" : "MISSED")}");
        }

        Console.WriteLine("targets");
        foreach (var run in runs.OfType<JsonObject>())
        {
            var scale = $"{(int)run["revisions"]!:N0} rev";
            var shapes = run["shapes"]!.AsArray().OfType<JsonObject>().ToDictionary(s => (string)s["name"]!);
            double? Ratio(string shape, string side, string server = "serverTo") => shapes.GetValueOrDefault(shape)?[server]?[side]?["median"]?.GetValue<double>();
            double? P(string shape, string side, string percentile) => shapes.GetValueOrDefault(shape)?["sides"]?[side]?[percentile]?.GetValue<double>();

            // Throughput against the peer: as deployed (answer cache on), and without the cache (each query computed).
            foreach (var (name, shape) in shapes.Where(s => s.Value["serverTo"]?["peer"] is not null))
            {
                var ratio = Ratio(name, "peer");
                Row($"{scale}: {name} ≥ 2× the peer, p99 no worse", ratio, ratio >= 2 && P(name, "server", "p99Ms") <= P(name, "peer", "p99Ms"));
                var computed = Ratio(name, "peer", "uncachedTo");
                Row($"{scale}: {name} ≥ 2× the peer, p99 no worse (no answer cache)", computed, computed >= 2 && P(name, "uncached", "p99Ms") <= P(name, "peer", "p99Ms"));
            }

            // The GraphQL layer's cost and the query costs: the server without its answer cache (the minimal endpoint has none).
            foreach (var name in new[] { "as-of", "timeline" })
            {
                Row($"{scale}: {name} ≥ 0.8× the minimal endpoint (no answer cache)", Ratio(name, "minimal", "uncachedTo"), Ratio(name, "minimal", "uncachedTo") >= 0.8);
            }

            Row($"{scale}: popular (Zipf) ≥ 10× the peer", Ratio("popular", "peer"), Ratio("popular", "peer") >= 10);
            var asOf = P("as-of", "uncached", "p50Ms");
            foreach (var name in new[] { "search", "topic", "timeline", "changes" })
            {
                var times = P(name, "uncached", "p50Ms") / asOf;
                Row($"{scale}: {name} p50 ≤ 5× as-of p50 (no answer cache)", times, times <= 5);
            }

            Row($"{scale}: bulk restore ≥ 10,000 revisions/s", run["bulkLoadRevisionsPerSecond"]?.GetValue<double>(), run["bulkLoadRevisionsPerSecond"]?.GetValue<double>() >= 10_000, "N0");
            Row($"{scale}: import ≥ 200 pages/s", run["importPagesPerSecond"]?.GetValue<double>(), run["importPagesPerSecond"]?.GetValue<double>() >= 200, "N0");
            Row($"{scale}: server RSS ≤ 300 MB (32 connections last)", run["serverPeakRssMb"]?.GetValue<double>(), run["serverPeakRssMb"]?.GetValue<double>() <= 300, "N0");
        }

        if (runs.Count > 1)
        {
            double? AsOfP50(JsonNode run) => run["shapes"]?.AsArray().FirstOrDefault(s => (string?)s!["name"] == "as-of")?["sides"]?["uncached"]?["p50Ms"]?.GetValue<double>();
            var scaling = AsOfP50(runs[^1]!) / AsOfP50(runs[0]!);
            Row($"as-of p50 at {(int)runs[^1]!["revisions"]!:N0} ≤ 1.5× at {(int)runs[0]!["revisions"]!:N0} (no answer cache)", scaling, scaling <= 1.5);
        }

        return rows;
    }
}
