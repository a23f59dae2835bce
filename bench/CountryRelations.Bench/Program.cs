using System.Diagnostics;
using CountryRelations.Bench;
using CountryRelations.Comparison;
using DiffPlex;
using DiffPlex.Chunkers;

// Compares two ~50 KB revisions and, in the same run, the bare DiffPlex word diff of the same texts as the baseline:
// the ratio is what section matching, sentence view and figure pairing cost on top of the diff library itself.
if (args.FirstOrDefault() == "suite")
{
    return await CountryRelations.Bench.Suite.SuiteBenchmark.RunAsync(args.Skip(1).ToArray());
}

// The suite's corpus as an archive file, for loading with `countryrelations restore` and probing a database at scale
// by hand: corpus PROFILES REVISIONS FILE.
if (args.FirstOrDefault() == "corpus" && args.Length == 4)
{
    await using var output = File.Create(args[3]);
    var written = await new CorpusGenerator(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)).WriteAsync(output);
    Console.WriteLine($"{written:N0} revisions written to {args[3]}");
    return 0;
}

const int Budget = 50;
var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 40;
var (older, newer) = LargeRevisions.Build(50_000);
var oldText = RevisionComparer.Body(older.Sections);
var newText = RevisionComparer.Body(newer.Sections);

var comparison = Measure(() => RevisionComparer.Compare(older, newer).Summary.Changed);
var baseline = Measure(() => Differ.Instance.CreateDiffs(oldText, newText, false, false, new WordChunker()).DiffBlocks.Count);
var summary = RevisionComparer.Compare(older, newer).Summary;
Console.WriteLine($"revisions: {LargeRevisions.Bytes(older):N0} and {LargeRevisions.Bytes(newer):N0} bytes, {older.Sections.Count} sections each");
Console.WriteLine($"changes found: {summary.Changed} changed, {summary.Moved} moved, {summary.Unchanged} unchanged, +{summary.WordsAdded}/-{summary.WordsRemoved} words, {summary.FiguresChanged} figures");
Console.WriteLine($"RevisionComparer.Compare      median {comparison.Median,8:F2} ms   p95 {comparison.P95,8:F2} ms   ({iterations} runs)");
Console.WriteLine($"baseline DiffPlex word diff   median {baseline.Median,8:F2} ms   p95 {baseline.P95,8:F2} ms");
Console.WriteLine($"ratio compare/baseline: {comparison.Median / baseline.Median:F2}x; budget {Budget} ms: {(comparison.Median < Budget ? "within" : "OVER")}");
return comparison.Median < Budget ? 0 : 1;

(double Median, double P95) Measure(Func<int> run)
{
    // A second of warm-up first, so the JIT has tiered up and both sides are measured at steady state.
    var warmUp = Stopwatch.StartNew();
    while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
    {
        run();
    }

    var times = new List<double>(iterations);
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times[times.Count / 2], times[(int)(times.Count * 0.95)]);
}
