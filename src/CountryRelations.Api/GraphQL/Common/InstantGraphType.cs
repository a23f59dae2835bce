using System.Globalization;
using CountryRelations.Errors;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>An instant in ISO-8601 form with an offset (<c>2016-04-01T12:00:00Z</c>); always returned in UTC.</summary>
public sealed class InstantGraphType : ScalarGraphType
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    public InstantGraphType()
    {
        Name = "DateTime";
        Description = "An instant, ISO-8601 with a UTC offset or Z (e.g. 2016-04-01T09:30:00Z). Returned in UTC.";
    }

    // Only the shape is checked here; the real parse happens next and its coded error (INVALID_DATE) is what the client sees.
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => throw Invalid(value.ToString() ?? value.Kind.ToString()),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateTime instant => instant.ToUniversalTime(),
        DateTimeOffset instant => instant.UtcDateTime,
        _ => throw Invalid(value.ToString() ?? ""),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTime instant => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Cannot serialize {value.GetType().Name} as DateTime."),
    };

    private static DateTime Parse(string text) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : throw Invalid(text);

    private static DomainException Invalid(string text) =>
        new(ErrorCodes.InvalidDate, $"\"{text}\" is not a valid instant; expected ISO-8601 with an offset, such as 2016-04-01T09:30:00Z.");
}
