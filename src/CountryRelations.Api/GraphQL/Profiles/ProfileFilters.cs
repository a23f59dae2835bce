using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Countries;
using CountryRelations.Countries;
using CountryRelations.History;
using CountryRelations.Profiles;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>The filters of profile lists: countries, region, publisher, language.</summary>
public static class ProfileFilters
{
    public static FieldBuilder<TSource, TReturn> ProfileFilterArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<StringGraphType>("country", "Only this country (code, name or alias).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("countries", "Only these countries (codes, names or aliases).")
            .Argument<RegionGraphType>("region", "Only countries of this continent.")
            .Argument<StringGraphType>("publisher", "Only this publisher's profiles (code, e.g. FR-MFA).")
            .Argument<StringGraphType>("language", "Only profiles in this language (e.g. en, fr).");

    /// <summary>The validated filter: unknown countries, publishers or malformed languages are coded errors.</summary>
    public static async Task<ProfileFilter> ProfileFilterAsync(this IResolveFieldContext context)
    {
        var catalog = context.Service<CountryCatalog>();
        var named = new List<string>();
        if (context.GetArgument<string?>("country") is { } one)
        {
            named.Add(one);
        }

        named.AddRange(context.GetArgument<List<string>?>("countries") ?? []);
        IEnumerable<string>? codes = named.Count > 0 ? named.Select(n => catalog.Resolve(n).Code).Distinct().ToList() : null;
        if (context.GetArgument<Region?>("region") is { } region)
        {
            var inRegion = catalog.CodesIn(region);
            codes = codes is null ? inRegion : codes.Intersect(inRegion).ToList();
        }

        var publisher = context.GetArgument<string?>("publisher") is { } code
            ? (await context.Service<ProfileKeyResolver>().PublisherAsync(code, context.CancellationToken)).Code
            : null;

        var language = context.GetArgument<string?>("language") is { } tag ? ProfileKeyResolver.NormalizeLanguage(tag) : null;
        return new ProfileFilter(codes?.ToList(), publisher, language);
    }
}
