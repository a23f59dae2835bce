using GraphQL.Types;

namespace CountryRelations.Api.GraphQL;

/// <summary>The CountryRelations GraphQL schema.</summary>
public sealed class CountryRelationsSchema : Schema
{
    public CountryRelationsSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, SubscriptionGraphType subscription)
        : base(services)
    {
        Description = "Country relations profiles with their complete, append-only, bitemporal change history.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
