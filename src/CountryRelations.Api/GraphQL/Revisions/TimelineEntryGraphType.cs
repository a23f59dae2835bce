using CountryRelations.Api.GraphQL.Common;
using CountryRelations.History;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Revisions;

/// <summary>A revision on a timeline with the period it was in force.</summary>
public sealed class TimelineEntryGraphType : ObjectGraphType<TimelineEntry>
{
    public TimelineEntryGraphType()
    {
        Name = "TimelineEntry";
        Description = "A revision and the period it was in force: [validFrom, validUntil).";
        Field<NonNullGraphType<IsoDateGraphType>>("validFrom").Description("First day in force.").Resolve(c => c.Source.Revision.EffectiveFrom);
        Field<IsoDateGraphType>("validUntil").Description("First day no longer in force; null while it still is.").Resolve(c => c.Source.ValidUntil);
        Field<NonNullGraphType<RevisionGraphType>>("revision").Description("The revision.").Resolve(c => c.Source.Revision);
    }
}
