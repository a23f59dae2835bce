using CountryRelations.Topics;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>The controlled topic vocabulary as a GraphQL enum (POLITICAL, ECONOMIC, …).</summary>
public sealed class TopicGraphType : EnumerationGraphType<Topic>
{
    public TopicGraphType()
    {
        Name = "Topic";
        Description = "What a section is about; headings are mapped to topics through a vocabulary, unknown headings to OTHER.";
    }
}
