using System.Globalization;
using CountryRelations.Integrity;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Integrity;

/// <summary>The first place a chain breaks.</summary>
public sealed class BrokenLinkGraphType : ObjectGraphType<BrokenLink>
{
    public BrokenLinkGraphType()
    {
        Name = "BrokenLink";
        Description = "The first revision at which a profile's hash chain does not hold.";
        Field<NonNullGraphType<IdGraphType>>("revisionId").Description("The revision where the break was found.").Resolve(c => c.Source.RevisionId.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Its sequence number (for a missing revision, the number expected).").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<ChainBreakGraphType>>("reason").Description("What does not hold.").Resolve(c => c.Source.Reason);
        Field<StringGraphType>("expected").Description("The hash the chain calls for.").Resolve(c => c.Source.Expected);
        Field<StringGraphType>("stored").Description("The hash the row carries.").Resolve(c => c.Source.Stored);
    }
}
