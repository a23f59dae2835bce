using System.Globalization;
using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Dates;
using CountryRelations.Errors;
using CountryRelations.Languages;

namespace CountryRelations.Import;

/// <summary>
/// Reads the date lines publishers put on their pages, in every language with a vocabulary file: "Updated: 23/03/2016",
/// "Stand: Oktober 2017", "15.02.2024 - Artikel", "Last updated: 6 September 2019", "15 de septiembre de 2003",
/// "June 20, 1997". The words before the date come from the vocabulary files, month names from CLDR; numeric dates
/// are day first. A line without such words is a date line only at the top of a page, before any content.
/// </summary>
public static partial class PageDates
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    private static readonly Dictionary<string, int> MonthNumbers = MonthsByName();

    private static readonly string Prefix = "(?:" + string.Join('|', Vocabularies.All.SelectMany(v => v.DatePrefixes)
        .OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + ")";

    private static readonly string Month = "(?<month>" + string.Join('|', MonthNumbers.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + ")";

    // "Updated: 23/03/2016", "Stand: 15.02.2024", "04.03.2019 - Artikel" (the kind of page after the date).
    private static readonly Regex Numeric = new(
        $@"^(?:(?<prefix>{Prefix})\s*:?\s*)?(?<day>\d{{1,2}})(?<sep>[./-])(?<month>\d{{1,2}})\k<sep>(?<year>\d{{4}}|\d{{2}})\.?(?<kind>\s+[-–]\s+\p{{L}}+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);

    // "Last updated: 6 September 2019", "15 de septiembre de 2003", "Stand: Oktober 2017", "March 2009", "1er mars 2016".
    private static readonly Regex Written = new(
        $@"^(?:(?<prefix>{Prefix})\s*:?\s*)?(?:(?<day>\d{{1,2}})(?:er|\.)?\s+(?:de\s+)?)?{Month}\.?(?:\s+de)?\s+(?<year>\d{{4}})\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);

    // "June 20, 1997", "Updated: March 3, 2014".
    private static readonly Regex MonthFirst = new(
        $@"^(?:(?<prefix>{Prefix})\s*:?\s*)?{Month}\s+(?<day>\d{{1,2}}),\s*(?<year>\d{{4}})\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);

    /// <summary>
    /// The date stated by <paramref name="line"/> when the whole line is a date line, else null. Without a word such as
    /// "Updated" or "Stand" before it, a month alone ("March 2009") is a date line only at the top of the page
    /// (<paramref name="atTop"/>); a full written date or a day-first date with dots, which no prose line is, anywhere. An impossible date ("31/02/2016") is refused with
    /// <c>INVALID_DATE</c> rather than skipped.
    /// </summary>
    public static StatedDate? TryRead(string line, bool atTop = true)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 80 || !trimmed.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var match = Numeric.Match(trimmed);
        if (match.Success && (match.Groups["prefix"].Success || match.Groups["sep"].Value == "." || (atTop && match.Groups["kind"].Success)))
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            // A two-digit year reads as the usual calendar reads it ("98" is 1998, "15" is 2015), never a century ahead.
            year = match.Groups["year"].Length == 2 ? CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(year) : year;
            return Create(year, Number(match, "month"), Number(match, "day"), trimmed);
        }

        match = Written.Match(trimmed);
        if (!match.Success)
        {
            match = MonthFirst.Match(trimmed);
        }

        // A whole line that is a full written date is the page's date anywhere; a month alone only with its words or at the top.
        if (!match.Success || !(atTop || match.Groups["prefix"].Success || match.Groups["day"].Success))
        {
            return null;
        }

        var month = MonthNumbers[TextFolding.Fold(match.Groups["month"].Value)];
        return match.Groups["day"].Success
            ? Create(Number(match, "year"), month, Number(match, "day"), trimmed)
            : Create(Number(match, "year"), month, 1, trimmed) with { Precision = DatePrecision.Month };
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static StatedDate Create(int year, int month, int day, string line)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new DomainException(ErrorCodes.InvalidDate, $"\"{line}\" states an impossible date.");
        }

        return new StatedDate(new DateOnly(year, month, day), DatePrecision.Day);
    }

    // Every language's month names, folded ("marz", "septiembre"), each with its number; a name two languages share
    // ("April") means the same month in both.
    private static Dictionary<string, int> MonthsByName()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in Vocabularies.All)
        {
            for (var m = 0; m < 12; m++)
            {
                foreach (var name in language.Months[m])
                {
                    months.TryAdd(TextFolding.Fold(name), m + 1);
                }
            }
        }

        // Written as pages write them, accents included: the pattern matches the line as it stands.
        foreach (var language in Vocabularies.All)
        {
            for (var m = 0; m < 12; m++)
            {
                foreach (var name in language.Months[m])
                {
                    months.TryAdd(name.ToLowerInvariant(), m + 1);
                }
            }
        }

        return months;
    }
}
