using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Revisions;
using CountryRelations.Countries;
using CountryRelations.History;
using CountryRelations.Profiles;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>Queries by country and date.</summary>
public static class ProfileQueries
{
    public static void AddProfileQueries(this ObjectGraphType query)
    {
        query.Field<RevisionGraphType>("profile")
            .Description("What a profile said on `asOf` (default today), as this database knew it at `knownAt` (default now). Null before its first revision.")
            .ProfileSelectorArguments()
            .Argument<IsoDateGraphType>("asOf", "Valid-time date; default today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now. Earlier instants show what was stored before later corrections.")
            .ResolveAsync(async context =>
            {
                var profile = await context.FindProfileAsync();
                return profile is null
                    ? null
                    : await context.Service<AsOfQuery>().InForceAsync(profile.Id, context.AsOf(), context.KnownAt(), context.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileGraphType>>>>("profiles")
            .Description("Every profile, optionally of one country, ordered by country, publisher and language.")
            .Argument<StringGraphType>("country", "Only this country's profiles.")
            .ResolveAsync(async context =>
            {
                var country = context.GetArgument<string?>("country") is { } name ? context.Service<CountryCatalog>().Resolve(name).Code : null;
                return await context.Service<ProfileDirectory>().ProfilesAsync(country, context.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublisherGraphType>>>>("publishers")
            .Description("Every publisher, ordered by code.")
            .ResolveAsync(async context => await context.Service<ProfileDirectory>().PublishersAsync(context.CancellationToken));
    }
}
