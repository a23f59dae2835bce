using CountryRelations.Api.GraphQL.Common;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>Input of correctRevision.</summary>
public sealed class CorrectRevisionInputGraphType : InputObjectGraphType<CorrectRevisionInput>
{
    public CorrectRevisionInputGraphType()
    {
        Name = "CorrectRevisionInput";
        Description = "Corrected content for a stored revision that was wrong. The old row stays queryable with an earlier knownAt.";
        Field<NonNullGraphType<IdGraphType>>("revision").Description("The current revision row to correct.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionInputGraphType>>>>("sections").Description("The corrected sections; at least one.");
        Field<IsoDateGraphType>("publishedOn").Description("A corrected stated date; left out, the old one is kept.");
        Field<StringGraphType>("source").Description("Where the corrected text was read; left out, the old source is kept.");
        Field<StringGraphType>("sourceSha256").Description("SHA-256 of that document.");
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who records the correction.");
        Field<NonNullGraphType<StringGraphType>>("note").Description("What was wrong.");
    }
}
