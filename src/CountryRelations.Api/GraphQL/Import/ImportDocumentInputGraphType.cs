using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Import;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>Input of importDocument.</summary>
public sealed class ImportDocumentInputGraphType : InputObjectGraphType<ImportDocumentInput>
{
    public ImportDocumentInputGraphType()
    {
        Name = "ImportDocumentInput";
        Description = "A publisher's page as it is (text or HTML), with what the page may not say itself.";
        Field<NonNullGraphType<StringGraphType>>("content").Description("The page: plain text as extracted, or its HTML.");
        Field<NonNullGraphType<EnumerationGraphType<DocumentFormat>>>("format").Description("AUTO (markup means HTML), TEXT or HTML.").DefaultValue(DocumentFormat.Auto);
        Field<StringGraphType>("publisher").Description("Publisher code; else recognised from the page's title.");
        Field<StringGraphType>("language").Description("Language; else guessed from the page's words.");
        Field<StringGraphType>("country").Description("Subject country; else taken from the page's title.");
        Field<IsoDateGraphType>("publishedOn").Description("Publication date, required when the page states none.");
        Field<IsoDateGraphType>("capturedOn").Description("When the page was captured; required for a silent edit (changed text, unchanged date), which takes effect that day.");
        Field<StringGraphType>("source").Description("Where the page was read.");
        Field<NonNullGraphType<BooleanGraphType>>("correction").Description("Our stored copy for the page's date was wrong: supersede it with this one.").DefaultValue(false);
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("Parse and report; write nothing.").DefaultValue(false);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who imports.");
    }
}
