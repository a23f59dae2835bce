using CountryRelations.Api.GraphQL.Capture;
using CountryRelations.Api.GraphQL.Notifications;
using CountryRelations.Api.GraphQL.Import;
using CountryRelations.Api.GraphQL.Publishers;
using CountryRelations.Api.GraphQL.RevisionHistory;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL;

/// <summary>The root mutation: each feature adds its own fields.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Writes to the history. Each mutation is one transaction; history is never changed in place.";
        this.AddRevisionMutations();
        this.AddImportMutations();
        this.AddPublisherMutations();
        this.AddCaptureMutations();
        this.AddWebhookMutations();
    }
}
