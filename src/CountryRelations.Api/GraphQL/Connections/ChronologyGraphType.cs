using CountryRelations.Paging;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Connections;

/// <summary>The order of a dated list.</summary>
public sealed class ChronologyGraphType : EnumerationGraphType<Chronology>
{
    public ChronologyGraphType()
    {
        Name = "Chronology";
        Description = "OLDEST_FIRST or NEWEST_FIRST; cursors belong to the order they were read in.";
    }
}
