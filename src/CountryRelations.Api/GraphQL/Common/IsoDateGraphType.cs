using CountryRelations.Errors;
using CountryRelations.Dates;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>A calendar date in ISO-8601 form, <c>YYYY-MM-DD</c>; anything else is refused with <c>INVALID_DATE</c>.</summary>
public sealed class IsoDateGraphType : TextScalarGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO-8601 YYYY-MM-DD (e.g. 2016-03-23).";
    }

    protected override object Parse(string text) =>
        IsoDate.TryParse(text, out var date)
            ? date
            : throw Invalid(text);

    protected override object? Convert(object value) => value is DateOnly date ? date : null;

    protected override string? Format(object value) => value is DateOnly date ? IsoDate.Format(date) : null;

    protected override DomainException Invalid(string text) =>
        new(ErrorCodes.InvalidDate, $"\"{text}\" is not a valid date; expected an ISO-8601 calendar date such as 2016-03-23.");
}
