using CountryRelations.Errors;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>
/// A scalar written as a string (dates, instants): literals and variables go through one parser, and whatever it
/// refuses becomes the scalar's coded error rather than GraphQL.NET's generic one.
/// </summary>
public abstract class TextScalarGraphType : ScalarGraphType
{
    // Only the shape is checked here; the real parse happens next and its coded error is what the client sees.
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
        _ => Convert(value) ?? throw Invalid(value.ToString() ?? ""),
    };

    public override object? Serialize(object? value) =>
        value is null ? null : Format(value) ?? throw new InvalidOperationException($"Cannot serialize {value.GetType().Name} as {Name}.");

    /// <summary>The value <paramref name="text"/> stands for; throws <see cref="Invalid"/> when it stands for none.</summary>
    protected abstract object Parse(string text);

    /// <summary>A value already of a fitting CLR type, normalised; null when <paramref name="value"/> is of another type.</summary>
    protected abstract object? Convert(object value);

    /// <summary>The string form of <paramref name="value"/>; null when it is of another type.</summary>
    protected abstract string? Format(object value);

    /// <summary>The coded error for text that is not a value of this scalar.</summary>
    protected abstract DomainException Invalid(string text);
}
