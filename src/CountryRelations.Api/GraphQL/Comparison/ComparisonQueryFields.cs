using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.Comparison;
using CountryRelations.Paging;
using CountryRelations.Revisions;
using CountryRelations.Topics;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>The auditors' comparison fields: two revisions, one topic through time, a period's changes, silent edits, figures.</summary>
public static class ComparisonQueryFields
{
    public static void AddComparisonQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RevisionComparisonGraphType>>("compare")
            .FollowsItsParent()
            .Description("Compares two revision rows by ID, current or superseded (e.g. a revision and its correction).")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The old revision's ID.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The new revision's ID.")
            .ResolveAsync(async c => await c.Service<ComparisonQueries>().CompareAsync(c.RevisionId("from"), c.RevisionId("to"), c.CancellationToken));

        query.Field<RevisionComparisonGraphType>("compareProfile")
            .KnownAtPins("to", "publisher", "language")
            .Description("Compares the revisions of a profile in force on two dates; null when nothing was in force on `to`. Nothing in force on `from` makes every section ADDED.")
            .ProfileSelectorArguments()
            .Argument<NonNullGraphType<IsoDateGraphType>>("from", "The earlier date.")
            .Argument<IsoDateGraphType>("to", "The later date; default today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .ResolveAsync(async c => await c.FindProfileAsync() is { } profile
                ? await c.Service<ComparisonQueries>().CompareProfileAsync(profile, c.GetArgument<DateOnly>("from"), c.AsOf("to"), c.KnownAt(), c.CancellationToken)
                : null);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionComparisonGraphType>>>>("topicHistory")
            .KnownAtPins("publisher", "language")
            .Description("Every revision of a profile in which one topic's text changed, oldest first, each compared (that topic only) to the revision before.")
            .ProfileSelectorArguments()
            .Argument<NonNullGraphType<TopicGraphType>>("topic", "The topic to follow.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .ResolveAsync(async c => await c.FindProfileAsync() is { } profile
                ? await c.Service<ComparisonQueries>().TopicHistoryAsync(profile, c.GetArgument<Topic>("topic"), c.KnownAt(), c.CancellationToken)
                : []);

        query.Field<NonNullGraphType<RevisionComparisonConnectionGraphType>>("changes")
            .KnownAtPins("until")
            .Description("A feed of revisions that took effect between `since` and `until` across all profiles, newest first unless `order` says otherwise, each compared to the revision it replaced; with `topic`, only revisions that changed that topic. `totalCount` is null with `topic`.")
            .Argument<NonNullGraphType<IsoDateGraphType>>("since", "First day of the period.")
            .Argument<IsoDateGraphType>("until", "Last day of the period; default today.")
            .Argument<TopicGraphType>("topic", "Only revisions that changed this topic, compared on it alone.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .ProfileFilterArguments()
            .Argument<ChronologyGraphType>("order", "NEWEST_FIRST (default) or OLDEST_FIRST.")
            .PageArguments()
            .ResolveAsync(async c => await c.Service<ComparisonQueries>().ChangesAsync(
                c.GetArgument<DateOnly>("since"), c.AsOf("until"), c.GetArgument<Topic?>("topic"), kind: null, await c.ProfileFilterAsync(), c.KnownAt(),
                c.GetArgument("order", Chronology.NewestFirst), c.PageRequest(), c.CancellationToken));

        query.Field<NonNullGraphType<RevisionComparisonConnectionGraphType>>("silentEdits")
            .KnownAtPins("until")
            .Description("Revisions a publisher changed without changing the stated date, taking effect between `since` and `until`, newest first, each compared to the revision it silently replaced.")
            .Argument<NonNullGraphType<IsoDateGraphType>>("since", "First capture date of interest.")
            .Argument<IsoDateGraphType>("until", "Last capture date of interest; default today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .ProfileFilterArguments()
            .Argument<ChronologyGraphType>("order", "NEWEST_FIRST (default) or OLDEST_FIRST.")
            .PageArguments()
            .ResolveAsync(async c => await c.Service<ComparisonQueries>().ChangesAsync(
                c.GetArgument<DateOnly>("since"), c.AsOf("until"), topic: null, RevisionKind.SilentEdit, await c.ProfileFilterAsync(), c.KnownAt(),
                c.GetArgument("order", Chronology.NewestFirst), c.PageRequest(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportedFigureGraphType>>>>("figures")
            .KnownAtPins("publisher", "language")
            .Description("The figures a profile reported over time, oldest revision first, each with the revision, section and sentence it came from.")
            .ProfileSelectorArguments()
            .Argument<FigureKindGraphType>("kind", "Only this kind of figure.")
            .Argument<TopicGraphType>("topic", "Only figures in this topic's sections, e.g. ECONOMIC for trade volumes.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            // Priced as the long list it may be (up to HistoryLimits.MaxFigures): thirty aliases of it are refused before any work.
            .WithComplexityImpact(20, 1_000)
            .ResolveAsync(async c => await c.FindProfileAsync() is { } profile
                ? await c.Service<ComparisonQueries>().FiguresAsync(profile, c.GetArgument<FigureKind?>("kind"), c.GetArgument<Topic?>("topic"), c.KnownAt(), c.CancellationToken)
                : []);
    }
}
