using System.Globalization;
using CountryRelations.Dates;
using CountryRelations.Errors;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>An instant in ISO-8601 form with an offset (<c>2016-04-01T12:00:00Z</c>); always returned in UTC.</summary>
public sealed class InstantGraphType : TextScalarGraphType
{
    private readonly DateWindow _window;
    private readonly TimeProvider _clock;

    private const string Utc = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    private static readonly string[] Formats =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    public InstantGraphType(DateWindow window, TimeProvider clock)
    {
        _window = window;
        _clock = clock;
        Name = "DateTime";
        Description = "An instant, ISO-8601 with a UTC offset or Z (e.g. 2016-04-01T09:30:00Z). Returned in UTC.";
    }

    protected override object Parse(string text) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? _window.Check(instant.UtcDateTime, _clock.Today(), "The instant")
            : throw Invalid(text);

    protected override object? Convert(object value) => value switch
    {
        DateTime instant => instant.ToUniversalTime(),
        DateTimeOffset instant => instant.UtcDateTime,
        _ => null,
    };

    protected override string? Format(object value) => Convert(value) is DateTime utc ? utc.ToString(Utc, CultureInfo.InvariantCulture) : null;

    protected override DomainException Invalid(string text) =>
        new(ErrorCodes.InvalidDate, $"\"{Excerpt.Of(text)}\" is not a valid instant; expected ISO-8601 with an offset, such as 2016-04-01T09:30:00Z.");
}
