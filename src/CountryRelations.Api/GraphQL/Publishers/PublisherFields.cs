using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.Security;
using CountryRelations.Publishers;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Publishers;

/// <summary>Registering and amending publishers: editors only.</summary>
public static class PublisherFields
{
    public static void AddPublisherMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PublisherGraphType>>("registerPublisher")
            .Description("Registers a publisher (code, name, government, hosts, languages, conventions); the next import of its pages succeeds on every instance, with no restart.")
            .Argument<NonNullGraphType<RegisterPublisherInputGraphType>>("input", "The publisher.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RegisterPublisherInput>("input");
                var conventions = input.Conventions is null ? null : PublisherRegistry.ParseConventions(input.Conventions);
                return await c.Service<PublisherRegistry>().RegisterAsync(
                    new PublisherDefinition(input.Code, input.Name, input.Government, input.Website, input.Hosts ?? [], input.Languages ?? [], input.Source, conventions),
                    c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<PublisherGraphType>>("updatePublisher")
            .Description("Amends a publisher's name, government, site, hosts, languages, source or conventions; its code never changes.")
            .Argument<NonNullGraphType<UpdatePublisherInputGraphType>>("input", "The changes.")
            .RequireRole(Roles.Editor)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdatePublisherInput>("input");
                return await c.Service<PublisherRegistry>().UpdateAsync(
                    input.Code,
                    new PublisherChanges(input.Name, input.Government, input.Website, input.Hosts, input.Languages, input.Source, input.Conventions),
                    c.CancellationToken);
            });
    }
}
