using CountryRelations.Revisions;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>Why a revision row exists.</summary>
public sealed class RevisionKindGraphType : EnumerationGraphType<RevisionKind>
{
    public RevisionKindGraphType()
    {
        Name = "RevisionKind";
        Description = "PUBLICATION: the publisher's dated version. SILENT_EDIT: changed text under an unchanged date. CORRECTION: our stored copy fixed.";
    }
}
