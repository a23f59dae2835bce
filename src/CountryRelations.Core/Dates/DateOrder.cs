using CountryRelations.Errors;

namespace CountryRelations.Dates;

/// <summary>The rule for every pair of dates that bounds a period: its start may not come after its end.</summary>
public static class DateOrder
{
    /// <summary>Refuses with <c>INVALID_DATE</c> when <paramref name="start"/> is after <paramref name="end"/> (either may be open).</summary>
    public static void Check(DateOnly? start, DateOnly? end, string startName = "from", string endName = "to")
    {
        if (start > end)
        {
            throw new DomainException(ErrorCodes.InvalidDate, $"{startName} {IsoDate.Format(start.Value)} is after {endName} {IsoDate.Format(end!.Value)}.");
        }
    }
}
