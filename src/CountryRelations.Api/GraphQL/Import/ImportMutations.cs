using System.Text;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Errors;
using CountryRelations.Import;
using CountryRelations.Api.Security;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>Editors feed publishers' pages in as they are.</summary>
public static class ImportMutations
{
    public static void AddImportMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportResultGraphType>>("importDocument")
            .Description("Imports a page (text or HTML) with the same rules as the CLI: same content twice is ALREADY_STORED, changed text under an unchanged date is a silent edit (needs capturedOn), a correction only when asked. One transaction; a refusal is a coded error and writes nothing.")
            .Argument<NonNullGraphType<ImportDocumentInputGraphType>>("input", "The document.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ImportDocumentInput>("input");
                var result = await context.Service<DocumentImporter>().ImportAsync(
                    new ImportRequest(
                        input.Source ?? "importDocument",
                        Encoding.UTF8.GetBytes(input.Content),
                        input.Format,
                        input.Publisher,
                        input.Language,
                        input.Country,
                        input.PublishedOn,
                        input.CapturedOn,
                        input.Source,
                        input.Correction,
                        input.DryRun,
                        input.RecordedBy),
                    context.CancellationToken);
                return result.Outcome == ImportOutcome.Refused
                    ? throw new DomainException(result.ErrorCode!, result.Message)
                    : result;
            });
}
