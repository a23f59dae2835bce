namespace CountryRelations.Dates;

/// <summary>How much of a stated date the page gave: a day, or only a month ("Stand: Oktober 2017") or a year.</summary>
public enum DatePrecision
{
    /// <summary>The page gave the day.</summary>
    Day,

    /// <summary>The page gave a month and year; the date is the first of that month.</summary>
    Month,

    /// <summary>The page gave a year only; the date is the first of January.</summary>
    Year,
}
