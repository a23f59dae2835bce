using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Connections;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.Search;
using CountryRelations.Topics;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Search;

/// <summary>Full-text search over section headings and bodies.</summary>
public static class SearchQueryFields
{
    public static void AddSearchQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<SearchHitConnectionGraphType>>("search")
            .KnownAtPins("asOf")
            .Description("Full-text search in English and French (stemmed, accents folded) over section headings and bodies, best first. By default only the revisions in force on `asOf` (today); `allHistory: true` searches every revision.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Words, \"quoted phrases\", OR, and -excluded words; e.g. `coopération culturelle`, `\"joint venture\" -cement`.")
            .Argument<TopicGraphType>("topic", "Only sections of this topic.")
            .Argument<IsoDateGraphType>("asOf", "Only revisions in force on this date; default today.")
            .Argument<BooleanGraphType>("allHistory", "Search every revision instead of those in force on `asOf`.", a => a.DefaultValue = false)
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .ProfileFilterArguments()
            .PageArguments()
            .ResolveAsync(async c => await c.Service<SectionSearch>().SearchAsync(
                new SearchQuery(
                    c.GetArgument<string>("text"),
                    c.GetArgument<Topic?>("topic"),
                    await c.ProfileFilterAsync(),
                    c.GetArgument<bool>("allHistory") ? null : c.AsOf(),
                    c.KnownAt()),
                c.PageRequest(),
                c.CancellationToken));
}
