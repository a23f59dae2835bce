using CountryRelations.Errors;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>Small helpers every resolver uses.</summary>
public static class ResolveContextExtensions
{
    /// <summary>A service from the request's scope.</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>The <c>asOf</c> argument, defaulting to today (UTC).</summary>
    public static DateOnly AsOf(this IResolveFieldContext context, string name = "asOf") =>
        context.GetArgument<DateOnly?>(name) ?? context.Service<RequestInstant>().Today;

    /// <summary>The <c>knownAt</c> argument, defaulting to now.</summary>
    public static DateTime KnownAt(this IResolveFieldContext context, string name = "knownAt") =>
        context.GetArgument<DateTime?>(name) ?? context.Service<RequestInstant>().Now;

    /// <summary>Parses a revision ID argument, refusing anything that is not one.</summary>
    public static long RevisionId(this IResolveFieldContext context, string name) =>
        ParseRevisionId(context.GetArgument<string>(name), name);

    /// <summary>Parses a revision ID given as text.</summary>
    public static long ParseRevisionId(string? value, string name) => ParseId(value, name, "a revision ID");

    /// <summary>Parses the ID of <paramref name="what"/> ("a source ID") given as text, refusing anything that is not one.</summary>
    public static long ParseId(string? value, string name, string what) =>
        long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new DomainException(ErrorCodes.InvalidInput, $"{name} \"{value}\" is not {what}.");
}
