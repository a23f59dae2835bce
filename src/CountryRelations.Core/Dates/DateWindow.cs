using CountryRelations.Errors;

namespace CountryRelations.Dates;

/// <summary>
/// The dates the system accepts anywhere (configuration section <c>Dates</c>). PostgreSQL stores
/// <see cref="DateOnly.MinValue"/> as <c>-infinity</c>, which poisons range arithmetic in the history's
/// exclusion constraint for every later write; no date outside this window ever reaches the database.
/// </summary>
public sealed record DateWindow
{
    /// <summary>The earliest date accepted.</summary>
    public DateOnly EarliestDate { get; init; } = new(1900, 1, 1);

    /// <summary>How far after today a date may lie.</summary>
    public int DaysAhead { get; init; } = 366;

    /// <summary>Refuses <paramref name="date"/> with <c>INVALID_DATE</c> unless it lies in the window around <paramref name="today"/>.</summary>
    public DateOnly Check(DateOnly date, DateOnly today, string name)
    {
        var latest = today.AddDays(DaysAhead);
        return date >= EarliestDate && date <= latest
            ? date
            : throw new DomainException(
                ErrorCodes.InvalidDate,
                $"{name} {IsoDate.Format(date)} is outside the dates accepted, {IsoDate.Format(EarliestDate)} to {IsoDate.Format(latest)}.");
    }

    /// <summary>Like <see cref="Check(DateOnly, DateOnly, string)"/> for an instant.</summary>
    public DateTime Check(DateTime instant, DateOnly today, string name)
    {
        Check(Clock.DateOf(instant), today, name);
        return instant;
    }
}
