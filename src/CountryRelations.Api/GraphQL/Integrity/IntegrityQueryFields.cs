using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.Errors;
using CountryRelations.Integrity;
using CountryRelations.Api.Security;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Integrity;

/// <summary>Integrity checks over the hash chains.</summary>
public static class IntegrityQueryFields
{
    public static void AddIntegrityQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<HistoryVerificationGraphType>>("verifyHistory")
            .Description("Recomputes one profile's hash chain and reports the first broken link.")
            .ProfileSelectorArguments()
            .RequireRole(Roles.Auditor)
            .ResolveAsync(async c =>
            {
                var selector = c.ProfileSelector();
                var profile = await c.FindProfileAsync()
                    ?? throw new DomainException(ErrorCodes.ProfileNotFound, $"No profile of {selector.Country} has been recorded for that publisher and language.");
                return await c.Service<HistoryVerifier>().VerifyAsync(profile, c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryVerificationGraphType>>>>("verifyAllHistory")
            .Description("Recomputes every profile's hash chain, ordered by publisher, country and language.")
            .RequireRole(Roles.Auditor)
            .ResolveAsync(async c => await c.Service<HistoryVerifier>().VerifyAllAsync(c.CancellationToken));
    }
}
