using CountryRelations.Topics;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>How a read section's topic was decided.</summary>
public sealed class TopicBasisGraphType : EnumerationGraphType<TopicBasis>
{
    public TopicBasisGraphType()
    {
        Name = "TopicBasis";
        Description = "HEADING (the vocabulary knows the heading), BODY (unknown heading; the body's words decided) or DEFAULT (OTHER, or POLITICAL for text before the first heading).";
    }
}
