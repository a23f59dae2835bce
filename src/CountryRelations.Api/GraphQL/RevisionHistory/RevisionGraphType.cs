using CountryRelations.Api.AnswerCaching;
using System.Globalization;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Comparison;
using CountryRelations.Api.GraphQL.Loading;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.Comparison;
using CountryRelations.Export;
using CountryRelations.History;
using CountryRelations.Revisions;
using CountryRelations.Api.Security;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>One stored version of a profile.</summary>
public sealed class RevisionGraphType : ObjectGraphType<Revision>
{
    public RevisionGraphType()
    {
        Name = "Revision";
        Description = "One stored version of a profile, with its valid time (effectiveFrom until the next revision) and system time (recordedAt until supersededAt).";
        Field<NonNullGraphType<IdGraphType>>("id").FollowsItsParent().Description("Stable identifier of this row.").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<ProfileGraphType>>("profile").FollowsItsParent().Description("The profile this revision belongs to.").Resolve(c => new ProfileNode(c.Source.Profile));
        Field<NonNullGraphType<IntGraphType>>("sequence").FollowsItsParent().Description("1, 2, 3… in the order this database recorded the profile's rows.").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<RevisionKindGraphType>>("kind").FollowsItsParent().Description("Publication, silent edit or correction.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IsoDateGraphType>>("publishedOn").FollowsItsParent().Description("The date the page states (its \"Updated\" line).").Resolve(c => c.Source.PublishedOn);
        Field<NonNullGraphType<DatePrecisionGraphType>>("datePrecision").FollowsItsParent()
            .Description("How much of publishedOn the page stated: DAY, or MONTH (\"Stand: Oktober 2017\" is stored as 2017-10-01) or YEAR.")
            .Resolve(c => c.Source.DatePrecision);
        Field<NonNullGraphType<IsoDateGraphType>>("effectiveFrom").FollowsItsParent()
            .Description("First day in force: the stated date, or the capture date of a silent edit.")
            .Resolve(c => c.Source.EffectiveFrom);
        Field<IsoDateGraphType>("validUntil").KnownAtPins()
            .Description("First day a later revision was in force instead, as known at `knownAt` (default now); null while still in force.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .Resolve(c => c.Service<RequestLoaders>().ValidUntil(c.Source, c.KnownAt()));
        Field<NonNullGraphType<InstantGraphType>>("recordedAt").FollowsItsParent().Description("When this database recorded the row.").Resolve(c => c.Source.RecordedAt);
        Field<InstantGraphType>("supersededAt").Description("When a correction superseded the row; null while current.").Resolve(c => c.Source.SupersededAt);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").FollowsItsParent().Description("Who recorded the row.").RequireRole(Roles.Auditor, Roles.Editor)
            .Resolve(c => c.Source.RecordedBy);
        Field<StringGraphType>("changeNote").FollowsItsParent().Description("Why the row was recorded.").RequireRole(Roles.Auditor, Roles.Editor)
            .Resolve(c => c.Source.ChangeNote);
        Field<NonNullGraphType<SourceGraphType>>("source").FollowsItsParent().Description("Where the document came from.").Resolve(c => c.Source);
        Field<RevisionGraphType>("corrects").FollowsItsParent()
            .Description("For a correction: the row it superseded.")
            .Resolve(c => c.Source.CorrectsRevisionId is { } id ? c.Service<RequestLoaders>().ById(id) : null);
        Field<RevisionGraphType>("supersededBy")
            .Description("The correction that superseded this row, if any.")
            .Resolve(c => c.Service<RequestLoaders>().Corrections(c.Source.Id).Then(corrections => corrections is [var first, ..] ? first : null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevisionGraphType>>>>("corrections")
            .Description("Every later correction of this row, oldest first (a correction of a correction included).")
            .Resolve(c => c.Service<RequestLoaders>().Corrections(c.Source.Id).Then(corrections => corrections ?? []));
        Field<StringGraphType>("contentSha256").FollowsItsParent()
            .Description("SHA-256 of the canonical content (the JSON export without id, recordedAt and contentSha256, compact), which includes previousSha256.")
            .Resolve(c => c.Source.ContentSha256);
        Field<StringGraphType>("previousSha256").FollowsItsParent()
            .Description("contentSha256 of the profile's previous row by sequence; null for the first. Together they chain a profile's history.")
            .Resolve(c => c.Source.PreviousSha256);
        Field<StringGraphType>("sealSha256").FollowsItsParent()
            .Description("SHA-256 over contentSha256, the recorded-at instant (UTC, microseconds), what a correction closes (\"id:contentSha256\" of the corrected row) and the previous row's seal, lines joined by \\n after \"countryrelations/seal/v1\". Null for rows recorded before seals; checkpoints sign the newest seal.")
            .Resolve(c => c.Source.SealSha256);
        Field<StringGraphType>("chainSha256").FollowsItsParent()
            .Description("The row's link in the profile's hash chain: sealSha256, or contentSha256 for rows recorded before seals. The newest row's is the head that checkpoints sign and verifyHistory reports.")
            .Resolve(c => c.Source.ChainHash);
        Field<NonNullGraphType<StringGraphType>>("export").FollowsItsParent()
            .Description("The revision as a file for auditors' records: identical bytes on every call, so a kept file's hash can be checked later. The JSON holds who recorded it and why.")
            .Argument<NonNullGraphType<ExportFormatGraphType>>("format", "PLAIN_TEXT or JSON.")
            .RequireRole(Roles.Auditor, Roles.Editor)
            .Resolve(c => RevisionExport.Write(c.Source, c.GetArgument<ExportFormat>("format")));
        Field<NonNullGraphType<RevisionComparisonGraphType>>("comparedToPrevious").KnownAtPins()
            .Description("This revision compared to the one in force the day before it took effect (for a correction: to the row it corrects).")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .Resolve(c => (c.Source.CorrectsRevisionId is { } corrected
                    ? c.Service<RequestLoaders>().ById(corrected)
                    : c.Service<RequestLoaders>().Predecessor(c.Source, c.KnownAt()))
                .Then(previous => c.Service<SharedComparisons>().Compare(previous, c.Source, c.CancellationToken)))
            // A word diff of two whole revisions: priced as a page of fields, so aliases of it cannot multiply the work unseen.
            .WithComplexityImpact(50);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionGraphType>>>>("sections").FollowsItsParent()
            .Description("The sections in page order; with `topic`, only that topic's.")
            .Argument<TopicGraphType>("topic", "Only sections of this topic.")
            .Resolve(c => c.GetArgument<CountryRelations.Topics.Topic?>("topic") is { } topic
                ? c.Source.Sections.FindAll(s => s.Topic == topic)
                : c.Source.Sections);
    }
}
