using CountryRelations.Integrity;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Integrity;

/// <summary>Why a hash chain does not hold.</summary>
public sealed class ChainBreakGraphType : EnumerationGraphType<ChainBreak>
{
    public ChainBreakGraphType()
    {
        Name = "ChainBreak";
        Description = "CONTENT_ALTERED (the row or its sections no longer hash to the stored value), LINK_BROKEN (previousSha256 is not the prior row's hash), REVISION_MISSING (a sequence number is gone), HASH_MISSING.";
    }
}
