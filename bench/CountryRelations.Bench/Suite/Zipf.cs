namespace CountryRelations.Bench.Suite;

/// <summary>
/// Draws ranks 0..n−1 with probability proportional to 1/(rank+1)^s — a few profiles asked for most, a long tail —
/// with the exponent pgbench's <c>random_zipfian</c> is given for the same shape.
/// </summary>
public sealed class Zipf
{
    public const double Exponent = 1.1;

    private readonly double[] _cumulative;

    public Zipf(int n)
    {
        _cumulative = new double[n];
        var sum = 0.0;
        for (var rank = 0; rank < n; rank++)
        {
            sum += 1 / Math.Pow(rank + 1, Exponent);
            _cumulative[rank] = sum;
        }
    }

    public int Next(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return Math.Min(_cumulative.Length - 1, at >= 0 ? at : ~at);
    }
}
