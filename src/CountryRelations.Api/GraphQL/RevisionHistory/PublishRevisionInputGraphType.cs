using CountryRelations.Api.GraphQL.Common;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>Input of publishRevision.</summary>
public sealed class PublishRevisionInputGraphType : InputObjectGraphType<PublishRevisionInput>
{
    public PublishRevisionInputGraphType()
    {
        Name = "PublishRevisionInput";
        Description = "A version of a profile as its publisher put it online.";
        Field<NonNullGraphType<StringGraphType>>("country").Description("Alpha-2, alpha-3, or an English or French name or alias.");
        Field<StringGraphType>("publisher").Description("Publisher code; default from configuration (FR-MFA).");
        Field<StringGraphType>("language").Description("Language of the page; default from configuration (en).");
        Field<NonNullGraphType<IsoDateGraphType>>("publishedOn").Description("The date the page states.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionInputGraphType>>>>("sections").Description("The sections in page order; at least one.");
        Field<StringGraphType>("source").Description("Absolute address the document was read from.");
        Field<StringGraphType>("sourceSha256").Description("SHA-256 of the document as received, 64 hex digits.");
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who records the revision.");
        Field<StringGraphType>("note").Description("Why it is recorded.");
        Field<IdGraphType>("expectedLatestRevision")
            .Description("Optimistic concurrency: the write is refused with REVISION_CONFLICT unless this is still the profile's latest recorded revision.");
    }
}
