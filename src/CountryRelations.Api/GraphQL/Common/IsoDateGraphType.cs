using System.Globalization;
using CountryRelations.Errors;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>A calendar date in ISO-8601 form, <c>YYYY-MM-DD</c>; anything else is refused with <c>INVALID_DATE</c>.</summary>
public sealed class IsoDateGraphType : ScalarGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO-8601 YYYY-MM-DD (e.g. 2016-03-23).";
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
        DateOnly date => date,
        _ => throw Invalid(value.ToString() ?? ""),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Cannot serialize {value.GetType().Name} as Date."),
    };

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(text);

    private static DomainException Invalid(string text) =>
        new(ErrorCodes.InvalidDate, $"\"{text}\" is not a valid date; expected an ISO-8601 calendar date such as 2016-03-23.");
}
