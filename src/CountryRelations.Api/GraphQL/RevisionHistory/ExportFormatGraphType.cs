using CountryRelations.Export;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>The forms a revision can be exported in.</summary>
public sealed class ExportFormatGraphType : EnumerationGraphType<ExportFormat>
{
    public ExportFormatGraphType()
    {
        Name = "ExportFormat";
        Description = "PLAIN_TEXT: the page layout (title, headed sections, date line), readable by the importer. JSON: the canonical content the hash covers, with id, recordedAt and contentSha256.";
    }
}
