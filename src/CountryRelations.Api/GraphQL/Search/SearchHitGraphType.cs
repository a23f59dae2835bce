using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.Api.GraphQL.RevisionHistory;
using CountryRelations.Search;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Search;

/// <summary>A section that matched a search.</summary>
public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        this.FieldsFollowTheirParent();
        Description = "A section that matched, with where it comes from, its rank and a highlighted extract.";
        Field<NonNullGraphType<SectionGraphType>>("section").Description("The section.").Resolve(c => c.Source.Section);
        Field<NonNullGraphType<RevisionGraphType>>("revision").Description("The revision holding it.").Resolve(c => c.Source.Revision);
        Field<NonNullGraphType<ProfileGraphType>>("profile").Description("The profile.").Resolve(c => new ProfileNode(c.Source.Revision.Profile));
        Field<NonNullGraphType<FloatGraphType>>("rank").Description("Relevance (cover density); higher is better, heading matches weigh more than body matches.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SnippetPartGraphType>>>>("snippet")
            .Description("Up to two fragments of the body around the matches, \" … \" between them.")
            .Resolve(c => c.Source.Snippet);
    }
}
