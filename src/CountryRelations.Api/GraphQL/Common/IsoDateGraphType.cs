using CountryRelations.Errors;
using CountryRelations.Dates;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>A calendar date in ISO-8601 form, <c>YYYY-MM-DD</c>; anything else is refused with <c>INVALID_DATE</c>.</summary>
public sealed class IsoDateGraphType : TextScalarGraphType
{
    private readonly DateWindow _window;
    private readonly TimeProvider _clock;

    public IsoDateGraphType(DateWindow window, TimeProvider clock)
    {
        _window = window;
        _clock = clock;
        Name = "Date";
        Description = "A calendar date, ISO-8601 YYYY-MM-DD (e.g. 2016-03-23), from 1900-01-01 to a year from today (configuration section Dates); others are INVALID_DATE.";
    }

    protected override object Parse(string text) =>
        IsoDate.TryParse(text, out var date)
            ? _window.Check(date, _clock.Today(), "The date")
            : throw Invalid(text);

    protected override object? Convert(object value) => value is DateOnly date ? date : null;

    protected override string? Format(object value) => value is DateOnly date ? IsoDate.Format(date) : null;

    protected override DomainException Invalid(string text) =>
        new(ErrorCodes.InvalidDate, $"\"{Excerpt.Of(text)}\" is not a valid date; expected an ISO-8601 calendar date such as 2016-03-23.");
}
