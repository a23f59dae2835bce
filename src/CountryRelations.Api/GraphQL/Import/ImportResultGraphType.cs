using CountryRelations.Api.GraphQL.Publishers;
using CountryRelations.Api.GraphQL.RevisionHistory;
using CountryRelations.Import;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>The report on an imported document.</summary>
public sealed class ImportResultGraphType : ObjectGraphType<ImportResult>
{
    public ImportResultGraphType()
    {
        Name = "ImportResult";
        Description = "What importing a document did.";
        Field<NonNullGraphType<EnumerationGraphType<ImportOutcome>>>("outcome")
            .Description("CREATED, SILENT_EDIT, CORRECTED, ALREADY_STORED or PARSED (dry run). Refusals are errors, not results.")
            .Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<StringGraphType>>("message").Description("A sentence for people.").Resolve(c => c.Source.Message);
        Field<RevisionGraphType>("revision").Description("The revision created, corrected into, or found already stored.").Resolve(c => c.Source.Revision);
        Field<ParsedPageGraphType>("page").Description("What the reader found.").Resolve(c => c.Source.Page);
        Field<PageIdentityGraphType>("identity").Description("Which profile and date the page was placed at, and where each fact came from.").Resolve(c => c.Source.Identity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportWarningGraphType>>>>("warnings")
            .Description("In a dry run, what would block the real import (an empty list: nothing). A real import refuses with the first as its error instead.")
            .Resolve(c => c.Source.Warnings);
        Field<SuggestedPublisherGraphType>("suggestedPublisher")
            .Description("For a page from a host no publisher claims (UNKNOWN_HOST): the publisher to register for it.")
            .Resolve(c => c.Source.SuggestedPublisher);
        Field<EnumerationGraphType<ImportOutcome>>("wouldBe")
            .Description("In a dry run, what a real import would do now (CREATED, SILENT_EDIT, CORRECTED, ALREADY_STORED); null when a warning blocks it.")
            .Resolve(c => c.Source.WouldBe);
    }
}
