using CountryRelations.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CountryRelations.Api.Security;

/// <summary>
/// Refuses, before anything runs, a document that selects a field its caller may not use: <c>UNAUTHENTICATED</c>
/// without a valid token, <c>FORBIDDEN</c> with a token that lacks the role. Roles come from field metadata
/// (<see cref="RoleRequirement.RequireRole"/>), so the schema alone says who may do what.
/// </summary>
public sealed class RoleRequirementRule : ValidationRuleBase
{
    /// <summary>The code for a missing or invalid token.</summary>
    public const string Unauthenticated = ErrorCodes.Unauthenticated;

    /// <summary>The code for a token without the role.</summary>
    public const string Forbidden = ErrorCodes.Forbidden;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (ctx.TypeInfo.GetFieldDef() is not { } definition || RoleRequirement.RolesOf(definition) is not { } roles)
            {
                return;
            }

            var user = ctx.User;
            var name = $"{ctx.TypeInfo.GetParentType()?.Name}.{definition.Name}";
            if (user?.Identity?.IsAuthenticated != true)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, Unauthenticated,
                    $"{name} needs a bearer token with the role {string.Join(" or ", roles)}.", field) { Code = Unauthenticated });
            }
            else if (!roles.Any(user.IsInRole))
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, Forbidden,
                    $"{name} needs the role {string.Join(" or ", roles)}; the token has {RolesText(user)}.", field) { Code = Forbidden });
            }
        }));

    private static string RolesText(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindAll("role").Select(c => c.Value).ToList() is { Count: > 0 } roles ? string.Join(", ", roles) : "no role";
}
