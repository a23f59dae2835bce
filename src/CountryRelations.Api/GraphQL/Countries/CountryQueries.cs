using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Countries;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Countries;

/// <summary>Country lookups on the root query.</summary>
public static class CountryQueries
{
    public static void AddCountryQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryGraphType>>>>("countries")
            .FollowsItsParent()
            .Description("Every ISO 3166-1 country, ordered by code; with `search`, those whose code, name or alias contains it (case and accents ignored).")
            .Argument<StringGraphType>("search", "Part of a code, name or alias.")
            .Resolve(context =>
            {
                var all = context.Service<CountryCatalog>().All;
                var search = context.GetArgument<string?>("search");
                if (string.IsNullOrWhiteSpace(search))
                {
                    return all;
                }

                var folded = TextFolding.Fold(search);
                return all.Where(c => new[] { c.Code, c.Alpha3, c.NameEn, c.NameFr }.Concat(c.Aliases)
                    .Any(name => TextFolding.Fold(name).Contains(folded, StringComparison.Ordinal))).ToList();
            });

        query.Field<NonNullGraphType<CountryGraphType>>("country")
            .FollowsItsParent()
            .Description("One country by alpha-2 or alpha-3 code, or English or French name or alias (case and accents ignored). Unknown: COUNTRY_NOT_FOUND.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Alpha-2, alpha-3, or a name such as \"North Korea\" or \"Corée du Nord\".")
            .Resolve(context => context.Service<CountryCatalog>().Resolve(context.GetArgument<string>("code")));
    }
}
