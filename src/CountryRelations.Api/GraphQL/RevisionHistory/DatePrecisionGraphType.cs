using CountryRelations.Dates;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>How much of a stated date a page gave.</summary>
public sealed class DatePrecisionGraphType : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionGraphType()
    {
        Name = "DatePrecision";
        Description = "DAY: the page gave the day. MONTH: only a month (the date is its first day). YEAR: only a year (January 1st).";
    }
}
