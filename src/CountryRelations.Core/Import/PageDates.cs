using System.Globalization;
using System.Text.RegularExpressions;
using CountryRelations.Errors;

namespace CountryRelations.Import;

/// <summary>Reads the date lines publishers put on their pages, in English and French.</summary>
public static partial class PageDates
{
    /// <summary>
    /// The date stated by <paramref name="line"/> when the whole line is a date line, else null. An impossible
    /// date ("31/02/2016") is refused with <c>INVALID_DATE</c> rather than skipped.
    /// </summary>
    public static DateOnly? TryRead(string line)
    {
        var trimmed = line.Trim();
        var match = NumericDateLine().Match(trimmed);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            // A two-digit year reads as the usual calendar reads it ("98" is 1998, "15" is 2015), never a century ahead.
            year = match.Groups["year"].Length == 2 ? CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(year) : year;
            return Create(year, Number(match, "month"), Number(match, "day"), trimmed);
        }

        match = WrittenDateLine().Match(trimmed);
        if (match.Success)
        {
            var month = Array.FindIndex(EnglishMonths, m => m.Equals(match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            return Create(Number(match, "year"), month, Number(match, "day"), trimmed);
        }

        return null;
    }

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly Create(int year, int month, int day, string line)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new DomainException(ErrorCodes.InvalidDate, $"\"{line}\" states an impossible date.");
        }

        return new DateOnly(year, month, day);
    }

    // Day first, as both the French and the English pages of the French ministry write it.
    [GeneratedRegex(
        @"^(?:Updated(?:\s+on)?|Last\s+update(?:d)?(?:\s+on)?|Mise\s+à\s+jour(?:\s+le)?|Dernière\s+(?:modification|mise\s+à\s+jour)(?:\s+le)?)\s*:?\s*(?<day>\d{1,2})[./-](?<month>\d{1,2})[./-](?<year>\d{4}|\d{2})\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericDateLine();

    [GeneratedRegex(
        @"^(?:(?:Updated|Last\s+update)\s*:?\s*)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),\s*(?<year>\d{4})\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDateLine();
}
