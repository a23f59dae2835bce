using CountryRelations.Api.GraphQL.Common;
using CountryRelations.History;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>The country/publisher/language arguments every profile-addressing field shares.</summary>
public static class ProfileArguments
{
    public static FieldBuilder<TSource, TReturn> ProfileSelectorArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<NonNullGraphType<StringGraphType>>("country", "Alpha-2, alpha-3, or an English or French name or alias, e.g. KP, PRK, \"North Korea\", \"Corée du Nord\".")
            .Argument<StringGraphType>("publisher", "Publisher code, e.g. FR-MFA or US-DOS; default from configuration (FR-MFA).")
            .Argument<StringGraphType>("language", "Language of the page, e.g. en or fr; default from configuration (en).");

    public static ProfileSelector ProfileSelector(this IResolveFieldContext context) =>
        new(context.GetArgument<string>("country"), context.GetArgument<string?>("publisher"), context.GetArgument<string?>("language"));

    /// <summary>Finds the addressed profile; null when nothing has been recorded for it.</summary>
    public static Task<CountryRelations.Profiles.Profile?> FindProfileAsync(this IResolveFieldContext context) =>
        context.Service<ProfileKeyResolver>().FindProfileAsync(context.ProfileSelector(), context.CancellationToken);
}
