using CountryRelations.Api.GraphQL.Common;
using CountryRelations.History;
using CountryRelations.Import;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>What the reader found in a document.</summary>
public sealed class ParsedPageGraphType : ObjectGraphType<ParsedPage>
{
    public ParsedPageGraphType()
    {
        Name = "ParsedPage";
        Description = "What the page reader found, before anything is stored.";
        Field<StringGraphType>("title").Description("The title line, if any.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("publisher").Description("The publisher whose layout the page was read with (see identity for the one it is stored under).").Resolve(c => c.Source.PublisherCode);
        Field<NonNullGraphType<StringGraphType>>("language").Description("Language guessed from the page's words.").Resolve(c => c.Source.Language);
        Field<IsoDateGraphType>("publishedOn").Description("The date the page states, if any.").Resolve(c => c.Source.PublishedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParsedSectionGraphType>>>>("sections").Description("The sections found.").Resolve(c => c.Source.Sections);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("unknownHeadings")
            .Description("Headings the vocabulary did not know; their sections' topics come from their bodies' words, else OTHER.")
            .Resolve(c => c.Source.UnknownHeadings);
    }
}
