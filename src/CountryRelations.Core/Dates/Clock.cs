namespace CountryRelations.Dates;

/// <summary>
/// "Today" and "now" as the system means them: UTC, read from the one injected <see cref="TimeProvider"/> so tests
/// and every write agree on the date (never <see cref="DateTime.UtcNow"/> directly).
/// </summary>
public static class Clock
{
    /// <summary>The current instant (UTC).</summary>
    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    /// <summary>Today's date (UTC).</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.UtcNow());

    /// <summary>The UTC date of <paramref name="utcInstant"/>.</summary>
    public static DateOnly DateOf(DateTime utcInstant) => DateOnly.FromDateTime(utcInstant);
}
