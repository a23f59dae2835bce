using CountryRelations.Errors;
using CountryRelations.Api.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>
/// Refuses documents with more aliased fields than <see cref="RequestLimits.MaxAliases"/>: aliases let one small
/// request ask for the same costly field hundreds of times, which depth and complexity alone price too low.
/// </summary>
public sealed class AliasLimitRule(RequestLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++aliases == limits.MaxAliases + 1)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, ErrorCodes.TooManyAliases,
                    $"The document has more than {limits.MaxAliases} aliased fields.", field) { Code = ErrorCodes.TooManyAliases });
            }
        }));
    }
}
