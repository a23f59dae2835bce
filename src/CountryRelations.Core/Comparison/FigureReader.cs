using System.Globalization;
using System.Text.RegularExpressions;

namespace CountryRelations.Comparison;

/// <summary>
/// Finds amounts, percentages and years in the notations of every language read: "€6.4 million", "$83.5 million",
/// "US$1.54 thousand", "CHF 1.03 billion", "7 millions d'euros", "1,06 mds €", "93 M€", "1,357 Mrd. Euro",
/// "150 Mio. Euro", "2,5 millones de dólares", "0.6%", "+ 4,2 %", "in 2014". An amount also says which year it
/// refers to when its sentence puts one right beside it ("€6.4 million in 2014", "(2018)", "Im Jahr 2016 … 150 Mio. Euro").
/// In English text a comma followed by exactly three digits groups thousands ("€700,000"); in the other languages a
/// comma is the decimal mark and a dot groups thousands ("1,357 Mrd.", "1.200 millones").
/// </summary>
public static partial class FigureReader
{
    /// <summary>
    /// Every figure in <paramref name="text"/> (written in <paramref name="language"/>, English notation when null), in
    /// order; a year inside an amount's span is not reported twice.
    /// </summary>
    public static IReadOnlyList<Figure> Read(string text, string? language = null)
    {
        var decimalComma = language is not null && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var figures = new List<Figure>();
        foreach (Match match in AmountAfterCurrency().Matches(text))
        {
            figures.Add(Amount(match, decimalComma));
        }

        foreach (Match match in AmountBeforeCurrency().Matches(text))
        {
            if (!Overlaps(figures, match))
            {
                figures.Add(Amount(match, decimalComma));
            }
        }

        foreach (Match match in Percentage().Matches(text))
        {
            if (!Overlaps(figures, match))
            {
                var sign = match.Groups["sign"].Value.Trim() is "-" or "−" ? -1 : 1;
                figures.Add(new Figure(FigureKind.Percentage, sign * Number(match.Groups["number"].Value, decimalComma), null, match.Value.Trim(), match.Index));
            }
        }

        var years = new List<Figure>();
        foreach (Match match in Year().Matches(text))
        {
            if (!Overlaps(figures, match))
            {
                years.Add(new Figure(FigureKind.Year, int.Parse(match.Value, CultureInfo.InvariantCulture), null, match.Value, match.Index));
            }
        }

        return figures.Select(f => f.Kind == FigureKind.Amount ? f with { Year = YearOf(text, f, years) } : f)
            .Concat(years)
            .OrderBy(f => f.Start)
            .ToList();
    }

    // The year right after the amount ("€6.4 million in 2014", "(2018)", "en 2016"), else right before it with nothing
    // but a few words between ("In 2013, trade reached €5 million"); never across a sentence end.
    private static int? YearOf(string text, Figure amount, List<Figure> years)
    {
        var end = amount.Start + amount.Text.Length;
        var after = years.FirstOrDefault(y => y.Start >= end && y.Start - end <= 24 && !SentenceEnd().IsMatch(text[end..y.Start]));
        if (after is not null)
        {
            return (int)after.Value;
        }

        var before = years.LastOrDefault(y => y.Start + y.Text.Length <= amount.Start && amount.Start - (y.Start + y.Text.Length) <= 40
            && !SentenceEnd().IsMatch(text[(y.Start + y.Text.Length)..amount.Start]) && !Year().IsMatch(text[(y.Start + y.Text.Length)..amount.Start]));
        return before is null ? null : (int)before.Value;
    }

    private static Figure Amount(Match match, bool decimalComma)
    {
        var value = Number(match.Groups["number"].Value, decimalComma) * Scale(match.Groups["scale"].Value);
        return new Figure(FigureKind.Amount, value, Currency(match.Groups["currency"].Value), match.Value.Trim(), match.Index);
    }

    private static bool Overlaps(List<Figure> figures, Match match) =>
        figures.Any(f => match.Index < f.Start + f.Text.Length && f.Start < match.Index + match.Length);

    /// <summary>
    /// Parses "6.4", "700,000", "1,06", "1 200" (non-breaking spaces) as a decimal; with <paramref name="decimalComma"/>,
    /// "1,357" is one and a third and "1.200" twelve hundred.
    /// </summary>
    public static decimal Number(string text, bool decimalComma = false)
    {
        var compact = text.Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (decimalComma)
        {
            compact = ThousandsWithDots().IsMatch(compact) ? compact.Replace(".", "", StringComparison.Ordinal) : compact;
            compact = compact.Replace(',', '.');
        }
        else if (ThousandsWithCommas().IsMatch(compact))
        {
            compact = compact.Replace(",", "", StringComparison.Ordinal);
        }
        else
        {
            compact = compact.Replace(',', '.');
        }

        return decimal.Parse(compact, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static decimal Scale(string scale) => Regex.Replace(scale.ToUpperInvariant(), @"[.\s]", "") switch
    {
        "" => 1m,
        "THOUSAND" or "K" or "TSD" or "TAUSEND" or "MIL" => 1_000m,
        "MILLION" or "MILLIONS" or "M" or "MN" or "MIO" or "MILLIONEN" or "MILLONES" or "MILLÓN" or "MILLON" or "MILIONI" or "MILHÕES" or "MILHOES" or "MILJOEN" => 1_000_000m,
        "BILLION" or "BILLIONS" or "BN" or "MILLIARD" or "MILLIARDS" or "MD" or "MDS" or "MRD" or "MILLIARDEN" or "MILMILLONES" or "MILIARDI" or "MILMILHÕES" or "MILJARD" => 1_000_000_000m,
        _ => 1m,
    };

    private static string Currency(string currency) => Regex.Replace(currency.ToUpperInvariant(), @"^D['’]\s*", "") switch
    {
        "$" or "US$" or "USD" or "DOLLAR" or "DOLLARS" or "DÓLARES" or "DOLARES" or "DÓLAR" or "US-DOLLAR" => "USD",
        "£" or "GBP" => "GBP",
        "CHF" or "FRANKEN" or "FRANCS SUISSES" => "CHF",
        "¥" or "YEN" or "JPY" => "JPY",
        "A$" or "AU$" or "AUD" => "AUD",
        "C$" or "CA$" or "CAD" => "CAD",
        _ => "EUR",
    };

    private const string NumberPattern = @"(?<number>\d{1,3}(?:[,.\u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)";

    private const string Scales = @"(?<scale>mil\s+millones|mil\s+milhões|millions?|milliards?|millionen|milliarden|millones|millón|milioni|miliardi|milhões|mil|billions?|thousand|mds?|mio\.?|mrd\.?|tsd\.?|bn|mn|M|Md|k)";

    [GeneratedRegex(@"(?<currency>US\$|AU?\$|CA?\$|CHF|[€$£¥])\s?" + NumberPattern + @"(?:\s?(?<scale>million|billion|thousand|bn|mn|m|mio\.?|mrd\.?)(?![\p{L}]))?", RegexOptions.IgnoreCase)]
    private static partial Regex AmountAfterCurrency();

    [GeneratedRegex(NumberPattern + @"\s?(?:" + Scales + @"\s?)?(?:de\s+)?(?<currency>€|euros?\b|d['’]euros\b|dollars?\b|d['’]?\s?dollars\b|dólares\b|US-Dollar\b|EUR\b|USD\b|CHF\b|Franken\b|francs suisses\b|yen\b|JPY\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountBeforeCurrency();

    [GeneratedRegex(@"(?<sign>[+−-]\s?)?" + NumberPattern + @"\s?(?:%|percent\b|per cent\b|pour cent\b|Prozent\b|por ciento\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<![\d.,])(?:1[89]\d{2}|20\d{2})(?![\d%])")]
    private static partial Regex Year();

    [GeneratedRegex(@"[.!?;]\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex ThousandsWithCommas();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")]
    private static partial Regex ThousandsWithDots();
}
