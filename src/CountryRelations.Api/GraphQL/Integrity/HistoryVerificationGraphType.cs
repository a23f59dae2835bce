using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.Integrity;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Integrity;

/// <summary>The outcome of recomputing a profile's hash chain.</summary>
public sealed class HistoryVerificationGraphType : ObjectGraphType<HistoryVerification>
{
    public HistoryVerificationGraphType()
    {
        Name = "HistoryVerification";
        Description = "A profile's hash chain recomputed from the stored rows: every revision's SHA-256 over its canonical content and the previous revision's hash.";
        Field<NonNullGraphType<ProfileGraphType>>("profile").Description("The profile checked.").Resolve(c => new ProfileNode(c.Source.Profile));
        Field<NonNullGraphType<BooleanGraphType>>("intact").Description("Whether every revision hashes to its stored value and links to the one before.").Resolve(c => c.Source.Intact);
        Field<NonNullGraphType<IntGraphType>>("revisionsChecked").Description("Revisions read, superseded ones included.").Resolve(c => c.Source.RevisionsChecked);
        Field<StringGraphType>("headSha256").Description("The last revision's hash; keep it to detect a later rewrite of the whole chain.").Resolve(c => c.Source.HeadSha256);
        Field<BrokenLinkGraphType>("firstBrokenLink").Description("The first break; null when intact.").Resolve(c => c.Source.FirstBroken);
    }
}
