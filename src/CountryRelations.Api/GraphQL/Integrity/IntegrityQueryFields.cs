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
            .Description("Recomputes one profile's history from what the database holds now — content hashes and links, seals (recorded-at, corrections), system periods, signed checkpoints of its head — and reports the first break.")
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
    
        query.Field<NonNullGraphType<StringGraphType>>("checkpointPublicKey")
            .Description("The public key (PEM, ECDSA P-256) that verifies chain checkpoints. The database does not hold the private key; keep a copy of this, and of headSha256 values, outside it.")
            .Resolve(c => c.Service<CheckpointSigner>().PublicKeyPem);
    }
}
