using System.Globalization;
using System.Text.RegularExpressions;

namespace CountryRelations.Comparison;

/// <summary>
/// Finds amounts, percentages and years in English and French notation: "€6.4 million", "$83.5 million",
/// "7 millions d'euros", "1,06 mds €", "93 M€", "0.6%", "+ 4,2 %", "in 2014". A comma followed by exactly
/// three digits groups thousands ("€700,000"); otherwise it is a decimal comma ("1,06").
/// </summary>
public static partial class FigureReader
{
    /// <summary>Every figure in <paramref name="text"/>, in order; a year inside an amount's span is not reported twice.</summary>
    public static IReadOnlyList<Figure> Read(string text)
    {
        var figures = new List<Figure>();
        foreach (Match match in AmountAfterCurrency().Matches(text))
        {
            figures.Add(Amount(match));
        }

        foreach (Match match in AmountBeforeCurrency().Matches(text))
        {
            if (!Overlaps(figures, match))
            {
                figures.Add(Amount(match));
            }
        }

        foreach (Match match in Percentage().Matches(text))
        {
            if (!Overlaps(figures, match))
            {
                var sign = match.Groups["sign"].Value.Trim() is "-" or "−" ? -1 : 1;
                figures.Add(new Figure(FigureKind.Percentage, sign * Number(match.Groups["number"].Value), null, match.Value.Trim(), match.Index));
            }
        }

        foreach (Match match in Year().Matches(text))
        {
            if (!Overlaps(figures, match))
            {
                figures.Add(new Figure(FigureKind.Year, int.Parse(match.Value, CultureInfo.InvariantCulture), null, match.Value, match.Index));
            }
        }

        return figures.OrderBy(f => f.Start).ToList();
    }

    private static Figure Amount(Match match)
    {
        var value = Number(match.Groups["number"].Value) * Scale(match.Groups["scale"].Value);
        return new Figure(FigureKind.Amount, value, Currency(match.Groups["currency"].Value), match.Value.Trim(), match.Index);
    }

    private static bool Overlaps(List<Figure> figures, Match match) =>
        figures.Any(f => match.Index < f.Start + f.Text.Length && f.Start < match.Index + match.Length);

    /// <summary>Parses "6.4", "700,000", "1,06", "1 200" (non-breaking spaces) as a decimal.</summary>
    public static decimal Number(string text)
    {
        var compact = text.Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (ThousandsWithCommas().IsMatch(compact))
        {
            compact = compact.Replace(",", "", StringComparison.Ordinal);
        }
        else
        {
            compact = compact.Replace(',', '.');
        }

        return decimal.Parse(compact, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static decimal Scale(string scale) => scale.ToUpperInvariant().TrimEnd('.') switch
    {
        "" => 1m,
        "THOUSAND" or "K" => 1_000m,
        "MILLION" or "MILLIONS" or "M" or "MN" => 1_000_000m,
        "BILLION" or "BILLIONS" or "BN" or "MILLIARD" or "MILLIARDS" or "MD" or "MDS" => 1_000_000_000m,
        _ => 1m,
    };

    private static string Currency(string currency) => currency.ToUpperInvariant() switch
    {
        "$" or "US$" or "USD" or "DOLLAR" or "DOLLARS" => "USD",
        "£" or "GBP" => "GBP",
        _ => "EUR",
    };

    private const string NumberPattern = @"(?<number>\d{1,3}(?:[,\u00A0\u202F]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)";

    [GeneratedRegex(@"(?<currency>US\$|[€$£])\s?" + NumberPattern + @"(?:\s?(?<scale>million|billion|thousand|bn|mn|m)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex AmountAfterCurrency();

    [GeneratedRegex(NumberPattern + @"\s?(?:(?<scale>millions?|milliards?|mds?|billions?|M|Md|k)\.?\s?)?(?<currency>€|euros?\b|d['’]euros\b|dollars?\b|EUR\b|USD\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountBeforeCurrency();

    [GeneratedRegex(@"(?<sign>[+−-]\s?)?" + NumberPattern + @"\s?(?:%|percent\b|per cent\b|pour cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<![\d.,])(?:1[89]\d{2}|20\d{2})(?![\d%])")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex ThousandsWithCommas();
}
