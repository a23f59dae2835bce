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
        Field<StringGraphType>("publisher").Description("Publisher code; else from the source address's host, the page's title or a credit line.");
        Field<StringGraphType>("language").Description("Language; else from the source address (/en/, /fr/) or the page's words.");
        Field<StringGraphType>("country").Description("Subject country; else from the title, the source address, or the text (its opening lines, the country it names most).");
        Field<IsoDateGraphType>("publishedOn").Description("Publication date, required when the page states none.");
        Field<IsoDateGraphType>("capturedOn").Description("When the page was captured; required for a silent edit (changed text, unchanged date), which takes effect that day.");
        Field<StringGraphType>("source").Description("The http(s) address the page was read from; else a first line `<!-- source: URL -->` or `SOURCE: URL`.");
        Field<NonNullGraphType<BooleanGraphType>>("correction").Description("Our stored copy for the page's date was wrong: supersede it with this one.").DefaultValue(false);
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("Parse and report; write nothing.").DefaultValue(false);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who imports.");
    }
}
