using CountryRelations.Api.AnswerCaching;
using CountryRelations.Dates;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.History;
using CountryRelations.Paging;
using CountryRelations.Topics;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>Timelines, single revisions and one topic across profiles.</summary>
public static class RevisionQueries
{
    public static void AddRevisionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RevisionConnectionGraphType>>("revisions")
            .KnownAtPins("publisher", "language")
            .Description("A profile's timeline, a page at a time (oldest first unless `order` says otherwise): the revisions in force at some point between `from` and `to`, as known at `knownAt`.")
            .ProfileSelectorArguments()
            .Argument<IsoDateGraphType>("from", "Earliest date of interest.")
            .Argument<IsoDateGraphType>("to", "Latest date of interest.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .Argument<ChronologyGraphType>("order", "OLDEST_FIRST (default) or NEWEST_FIRST.")
            .PageArguments()
            .ResolveAsync(async context =>
            {
                var page = context.PageRequest();
                var from = context.GetArgument<DateOnly?>("from");
                var to = context.GetArgument<DateOnly?>("to");
                DateOrder.Check(from, to);

                var profile = await context.FindProfileAsync();
                return profile is null
                    ? new Page<CountryRelations.Revisions.Revision>([], false, false, () => Task.FromResult(0))
                    : await context.Service<ProfileTimeline>().PageAsync(profile.Id, from, to, context.KnownAt(), context.GetArgument("order", Chronology.OldestFirst), page, context.CancellationToken);
            });

        query.Field<RevisionGraphType>("revision")
            .Description("One revision row by ID, current or superseded.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The revision's ID.")
            .ResolveAsync(async context => await context.Service<RevisionLoader>().FindAsync(context.RevisionId("id"), context.CancellationToken));

        query.Field<NonNullGraphType<ProfileSectionConnectionGraphType>>("sections")
            .KnownAtPins("asOf")
            .Description("One topic across profiles, a page at a time: the sections of that topic in each profile's revision in force on `asOf` (default today), ordered by country, publisher, language and place on the page.")
            .Argument<NonNullGraphType<TopicGraphType>>("topic", "The topic.")
            .Argument<IsoDateGraphType>("asOf", "Valid-time date; default today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .ProfileFilterArguments()
            .PageArguments()
            .ResolveAsync(async context => await context.Service<TopicAcrossProfiles>().PageAsync(
                context.GetArgument<Topic>("topic"), context.AsOf(), context.KnownAt(), await context.ProfileFilterAsync(), context.PageRequest(), context.CancellationToken));
    }
}
