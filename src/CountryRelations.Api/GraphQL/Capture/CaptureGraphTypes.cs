using CountryRelations.Api.Capture;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Capture;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Capture;

/// <summary>What a capture attempt did, as a GraphQL enum.</summary>
public sealed class CaptureOutcomeGraphType : EnumerationGraphType<CaptureOutcome>
{
    public CaptureOutcomeGraphType()
    {
        Name = "CaptureOutcome";
        Description = "CREATED, SILENT_EDIT or ALREADY_STORED (the importer's decision), UNCHANGED (304 or the same bytes), DISALLOWED (robots.txt), REFUSED (the importer's code is in the attempt), FETCH_FAILED (the reason is in the attempt).";
    }
}

/// <summary>A watched page address.</summary>
public sealed class SourceGraphType : ObjectGraphType<Source>
{
    public SourceGraphType()
    {
        Name = "Source";
        Description = "A page address checked on a schedule; each check is a capture attempt in its log.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The source's ID.").Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("url").Description("The address checked.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("publisher").Description("Publisher code, when given rather than inferred from each capture.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("country").Description("Subject country (alpha-2), when given rather than inferred.").Resolve(c => c.Source.Country);
        Field<StringGraphType>("language").Description("Language, when given rather than inferred.").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<StringGraphType>>("every").Description("How often it is checked, as an ISO-8601 duration.").Resolve(c => System.Xml.XmlConvert.ToString(TimeSpan.FromSeconds(c.Source.EverySeconds)));
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Description("Whether it is checked on schedule (removeSource disables it; its log stays).").Resolve(c => c.Source.Enabled);
        Field<NonNullGraphType<InstantGraphType>>("nextCheckAt").Description("When it is next due.").Resolve(c => c.Source.NextCheckAt);
        Field<StringGraphType>("backfilledTo").Description("The 14-digit timestamp of the last web-archive capture a backfill imported; the next backfill continues after it.").Resolve(c => c.Source.BackfillCursor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaptureAttemptGraphType>>>>("captures")
            .Description("The capture log, newest first.")
            .Argument<IntGraphType>("first", "How many (default 20, at most 200).")
            .Argument<IdGraphType>("before", "Only attempts older than this attempt ID.")
            .ResolveAsync(async c => await c.Service<CaptureService>().AttemptsAsync(
                c.Source.Id, Math.Clamp(c.GetArgument("first", 20), 1, 200),
                c.GetArgument<string?>("before") is { } before ? ResolveContextExtensions.ParseId(before, "before", "a capture attempt ID") : null,
                c.CancellationToken));
    }
}

/// <summary>One capture attempt.</summary>
public sealed class CaptureAttemptGraphType : ObjectGraphType<CaptureAttempt>
{
    public CaptureAttemptGraphType()
    {
        Name = "CaptureAttempt";
        Description = "One attempt to capture a source, logged whatever happened (append-only).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The attempt's ID.").Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IdGraphType>>("source").Description("The source's ID.").Resolve(c => c.Source.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<InstantGraphType>>("attemptedAt").Description("When it started.").Resolve(c => c.Source.AttemptedAt);
        Field<NonNullGraphType<StringGraphType>>("trigger").Description("SCHEDULE, NOW, BACKFILL or WARC.").Resolve(c => c.Source.Trigger);
        Field<NonNullGraphType<CaptureOutcomeGraphType>>("outcome").Description("What it did.").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<StringGraphType>>("url").Description("The address finally fetched, after redirects (a web-archive capture's address for a backfill).").Resolve(c => c.Source.Url);
        Field<IntGraphType>("httpStatus").Description("The final response's status.").Resolve(c => c.Source.HttpStatus);
        Field<StringGraphType>("etag").Description("The response's ETag.").Resolve(c => c.Source.ETag);
        Field<StringGraphType>("lastModified").Description("The response's Last-Modified.").Resolve(c => c.Source.LastModified);
        Field<FloatGraphType>("bytes").Description("Bytes of the body.").Resolve(c => c.Source.Bytes);
        Field<StringGraphType>("sha256").Description("SHA-256 of the body, hex.").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<FloatGraphType>>("durationMs").Description("How long the fetch took, retries and redirects included.").Resolve(c => c.Source.DurationMs);
        Field<StringGraphType>("errorCode").Description("For REFUSED, the importer's code.").Resolve(c => c.Source.ErrorCode);
        Field<StringGraphType>("reason").Description("A sentence for people: why it failed, what was found.").Resolve(c => c.Source.Reason);
        Field<IdGraphType>("revision").Description("The revision created, or found already stored.").Resolve(c => c.Source.RevisionId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<StringGraphType>("archiveTimestamp").Description("For a backfill, the web-archive capture's 14-digit timestamp.").Resolve(c => c.Source.ArchiveTimestamp);
    }
}

/// <summary>A page of Source items.</summary>
public sealed class SourceConnectionGraphType() : ConnectionGraphType<SourceGraphType, SourceEdgeGraphType, Source>("Source");

/// <summary>A Source with its cursor.</summary>
public sealed class SourceEdgeGraphType() : EdgeGraphType<SourceGraphType, Source>("Source");

/// <summary>What <c>addSource</c> takes.</summary>
public sealed record AddSourceInput(string Url, string? Publisher = null, string? Country = null, string? Language = null, string? Every = null);

/// <summary>The input of <c>addSource</c>.</summary>
public sealed class AddSourceInputGraphType : InputObjectGraphType<AddSourceInput>
{
    public AddSourceInputGraphType()
    {
        Name = "AddSourceInput";
        Description = "A page address to watch; publisher, country and language are inferred from the address and each capture unless given.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The page's http or https address.");
        Field<StringGraphType>("publisher").Description("Publisher code, to override inference.");
        Field<StringGraphType>("country").Description("Subject country (code or name), to override inference.");
        Field<StringGraphType>("language").Description("Language tag, to override inference.");
        Field<StringGraphType>("every").Description("How often to check, an ISO-8601 duration (P1D, PT6H, P1W); default daily, at least a minute.");
    }
}

/// <summary>What <c>updateSource</c> takes.</summary>
public sealed record UpdateSourceInput(string Source, string? Every = null, bool? Enabled = null, string? Publisher = null, string? Country = null, string? Language = null);

/// <summary>The input of <c>updateSource</c>.</summary>
public sealed class UpdateSourceInputGraphType : InputObjectGraphType<UpdateSourceInput>
{
    public UpdateSourceInputGraphType()
    {
        Name = "UpdateSourceInput";
        Description = "Changes to a source; what is left out stays as it is.";
        Field<NonNullGraphType<IdGraphType>>("source").Description("The source's ID.");
        Field<StringGraphType>("every").Description("A new interval, an ISO-8601 duration.");
        Field<BooleanGraphType>("enabled").Description("Check it on schedule, or not.");
        Field<StringGraphType>("publisher").Description("Publisher code.");
        Field<StringGraphType>("country").Description("Subject country.");
        Field<StringGraphType>("language").Description("Language tag.");
    }
}

/// <summary>A backfill running or done.</summary>
public sealed class BackfillJobGraphType : ObjectGraphType<BackfillJob>
{
    public BackfillJobGraphType()
    {
        Name = "BackfillJob";
        Description = "A source's past being brought in from the web archive, oldest capture first; query backfillJob(id) for its progress.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The job's ID (kept while the server runs).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("source").Description("The source's ID.").Resolve(c => c.Source.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("state").Description("RUNNING, DONE or FAILED.").Resolve(c => c.Source.State);
        Field<IntGraphType>("total").Description("Unique captures to import (null until listed).").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("done").Description("Captures imported so far.").Resolve(c => c.Source.Done);
        Field<NonNullGraphType<IntGraphType>>("created").Description("Revisions they created (silent edits included).").Resolve(c => c.Source.Created);
        Field<StringGraphType>("error").Description("Why it failed.").Resolve(c => c.Source.Error);
    }
}
