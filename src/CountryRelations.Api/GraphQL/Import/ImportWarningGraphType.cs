using CountryRelations.Import;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>A problem that would block an import.</summary>
public sealed class ImportWarningGraphType : ObjectGraphType<ImportWarning>
{
    public ImportWarningGraphType()
    {
        Name = "ImportWarning";
        Description = "A problem that blocks storing a page (in a dry run: would block it), with the error code a real import refuses with.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The error code, e.g. DATE_REQUIRED.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What to give or change.").Resolve(c => c.Source.Message);
    }
}
