using CountryRelations.Api.GraphQL.Common;
using CountryRelations.History;
using CountryRelations.Api.Security;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>Writes: publish a revision, correct a stored one.</summary>
public static class RevisionMutations
{
    public static void AddRevisionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RevisionGraphType>>("publishRevision")
            .Description("Records a version of a profile as published. One transaction; refused with a coded error and nothing written on bad input or a concurrency conflict.")
            .Argument<NonNullGraphType<PublishRevisionInputGraphType>>("input", "The revision.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<PublishRevisionInput>("input");
                var command = new PublishRevisionCommand(
                    new ProfileSelector(input.Country, input.Publisher, input.Language),
                    input.PublishedOn,
                    Drafts(input.Sections),
                    new Provenance(input.RecordedBy, input.Source, input.SourceSha256?.ToLowerInvariant(), input.Note),
                    input.ExpectedLatestRevision is { } expected ? ResolveContextExtensions.ParseRevisionId(expected, "expectedLatestRevision") : null);
                return await context.Service<RevisionStore>().PublishAsync(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<RevisionGraphType>>("correctRevision")
            .Description("Supersedes a stored revision that was wrong with corrected content; the old row remains visible at earlier knownAt instants.")
            .Argument<NonNullGraphType<CorrectRevisionInputGraphType>>("input", "The correction.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CorrectRevisionInput>("input");
                var command = new CorrectRevisionCommand(
                    ResolveContextExtensions.ParseRevisionId(input.Revision, "revision"),
                    Drafts(input.Sections),
                    new Provenance(input.RecordedBy, input.Source, input.SourceSha256?.ToLowerInvariant(), input.Note),
                    input.PublishedOn);
                return await context.Service<RevisionStore>().CorrectAsync(command, context.CancellationToken);
            });
    }

    private static List<SectionDraft> Drafts(List<SectionInput> sections) =>
        sections.Select(s => new SectionDraft(s.Heading, s.Body, s.Topic)).ToList();
}
