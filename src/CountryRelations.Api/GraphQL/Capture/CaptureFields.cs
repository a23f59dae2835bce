using CountryRelations.Api.Capture;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Api.Security;
using CountryRelations.Capture;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Capture;

/// <summary>Sources, their capture log, captures on demand and backfills: editors only.</summary>
public static class CaptureFields
{
    public static void AddCaptureQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SourceConnectionGraphType>>("sources")
            .Description("Watched page addresses, by ID; filters: enabled, publisher, country.")
            .Argument<BooleanGraphType>("enabled", "Only enabled (true) or disabled (false) sources.")
            .Argument<StringGraphType>("publisher", "Only sources given this publisher.")
            .Argument<StringGraphType>("country", "Only sources given this country.")
            .PageArguments()
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c => await c.Service<SourceRegistry>().PageAsync(
                c.PageRequest(), c.GetArgument<bool?>("enabled"), c.GetArgument<string?>("publisher"), c.GetArgument<string?>("country"), c.CancellationToken));
        query.Field<NonNullGraphType<SourceGraphType>>("source")
            .Description("One source.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The source's ID.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c => await c.Service<SourceRegistry>().FindAsync(SourceId(c, "id"), c.CancellationToken));
        query.Field<NonNullGraphType<BackfillJobGraphType>>("backfillJob")
            .Description("A backfill's progress.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job's ID, from backfillSource.")
            .RequireRole(Roles.Editor)
            .Resolve(c => c.Service<BackfillJobs>().Find(c.GetArgument<string>("id")));
    }

    public static void AddCaptureMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SourceGraphType>>("addSource")
            .Description("Watches a page address: checked at once, then every `every` (default daily), politely (robots.txt, one request at a time per host).")
            .Argument<NonNullGraphType<AddSourceInputGraphType>>("input", "The address and optional hints.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddSourceInput>("input");
                return await c.Service<SourceRegistry>().AddAsync(input.Url, input.Publisher, input.Country, input.Language, input.Every, cancellationToken: c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<SourceGraphType>>("updateSource")
            .Description("Changes a source's interval, hints or enabled flag.")
            .Argument<NonNullGraphType<UpdateSourceInputGraphType>>("input", "The changes.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateSourceInput>("input");
                return await c.Service<SourceRegistry>().UpdateAsync(
                    ResolveContextExtensions.ParseId(input.Source, "source", "a source ID"), input.Every, input.Enabled, input.Publisher, input.Country, input.Language, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<SourceGraphType>>("removeSource")
            .Description("Stops checking a source; it and its capture log stay.")
            .Argument<NonNullGraphType<IdGraphType>>("source", "The source's ID.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c => await c.Service<SourceRegistry>().RemoveAsync(SourceId(c, "source"), c.CancellationToken));
        mutation.Field<NonNullGraphType<CaptureAttemptGraphType>>("captureNow")
            .Description("Captures a source now, whether due or not (robots.txt and politeness still apply); the attempt is logged and returned.")
            .Argument<NonNullGraphType<IdGraphType>>("source", "The source's ID.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c =>
            {
                var source = await c.Service<SourceRegistry>().FindAsync(SourceId(c, "source"), c.CancellationToken);
                return await c.Service<CaptureService>().CaptureAsync(source, CaptureTriggers.Now, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<BackfillJobGraphType>>("backfillSource")
            .Description("Brings in a source's past from the web archive (its unique captures, oldest first, rate-limited), in the background; a rerun continues where the last stopped.")
            .Argument<NonNullGraphType<IdGraphType>>("source", "The source's ID.")
            .Argument<IsoDateGraphType>("from", "Only captures from this date.")
            .Argument<IsoDateGraphType>("to", "Only captures up to this date.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c =>
            {
                var source = await c.Service<SourceRegistry>().FindAsync(SourceId(c, "source"), c.CancellationToken);
                return c.Service<BackfillJobs>().Start(source, c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"));
            });
    }

    private static long SourceId(IResolveFieldContext context, string name) =>
        ResolveContextExtensions.ParseId(context.GetArgument<string>(name), name, "a source ID");
}
