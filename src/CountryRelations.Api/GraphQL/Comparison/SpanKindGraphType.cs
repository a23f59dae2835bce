using CountryRelations.Comparison;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Comparison;

/// <summary>What a diff span did.</summary>
public sealed class SpanKindGraphType : EnumerationGraphType<SpanKind>
{
    public SpanKindGraphType()
    {
        Name = "SpanKind";
        Description = "INSERTED (only in the new text), DELETED (only in the old) or UNCHANGED.";
    }
}
