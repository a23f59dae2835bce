using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Publishers;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Api.GraphQL.RevisionHistory;
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
            .KnownAtPins("asOf", "publisher", "language")
            .Description("What a profile said on `asOf` (default today), as this database knew it at `knownAt` (default now). Null before its first revision.")
            .ProfileSelectorArguments()
            .Argument<IsoDateGraphType>("asOf", "Valid-time date; default today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now. Earlier instants show what was stored before later corrections.")
            .ResolveAsync(async context =>
            {
                var profile = await context.FindProfileAsync();
                return profile is null
                    ? null
                    : await context.Service<RevisionInForce>().OfProfileAsync(profile.Id, context.AsOf(), context.KnownAt(), context.CancellationToken);
            });

        query.Field<NonNullGraphType<ProfileConnectionGraphType>>("profiles")
            .Description("Profiles ordered by country, publisher and language, a page at a time. `asOf` and `knownAt` become the defaults of each profile's `revision` and `sections`.")
            .ProfileFilterArguments()
            .Argument<IsoDateGraphType>("asOf", "Valid-time date for the profiles' `revision` and `sections`; default today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant for the profiles' `revision` and `sections`; default now.")
            .PageArguments()
            .ResolveAsync(async context =>
            {
                var page = await context.Service<ProfileDirectory>().PageAsync(await context.ProfileFilterAsync(), context.PageRequest(), context.CancellationToken);
                var (asOf, knownAt) = (context.AsOf(), context.KnownAt());
                return page.Select(profile => new ProfileNode(profile, asOf, knownAt));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublisherGraphType>>>>("publishers")
            .Description("Every publisher, ordered by code.")
            .ResolveAsync(async context => await context.Service<ProfileDirectory>().PublishersAsync(context.CancellationToken));
    }
}
