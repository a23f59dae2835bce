using CountryRelations.Api.AnswerCaching;
using CountryRelations.Revisions;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>Where a revision's document came from.</summary>
public sealed class SourceGraphType : ObjectGraphType<Revision>
{
    public SourceGraphType()
    {
        Name = "RevisionSource";
        this.FieldsFollowTheirParent();
        Description = "Where the revision's document was read, and its fingerprint.";
        Field<StringGraphType>("url").Description("Address the document was read from.").Resolve(c => c.Source.SourceUrl);
        Field<StringGraphType>("sha256").Description("SHA-256 of the document as received, lower-case hex.").Resolve(c => c.Source.SourceSha256);
    }
}
