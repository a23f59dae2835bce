using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.Api.GraphQL.RevisionHistory;
using CountryRelations.Api.Subscriptions;
using CountryRelations.Revisions;
using CountryRelations.Topics;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL;

/// <summary>The root subscription: live changes, over GraphQL over Server-Sent Events on <c>/graphql</c>.</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        Description = "Live changes, delivered over Server-Sent Events (POST /graphql with Accept: text/event-stream).";
        Field<NonNullGraphType<RevisionGraphType>, Revision>("revisionRecorded")
            .Description("Each revision as it is recorded — publication, silent edit, correction, import — by any instance, once its transaction commits. Filters as on profile lists, plus a topic the revision must have a section of.")
            .ProfileFilterArguments()
            .Argument<TopicGraphType>("topic", "Only revisions with a section of this topic.")
            .Resolve(c => (Revision)c.Source!)
            .ResolveStreamAsync(async c =>
            {
                var filter = await c.ProfileFilterAsync();
                var topic = c.GetArgument<Topic?>("topic");
                return new FilteredObservable<Revision>(c.Service<RevisionFeed>(), revision =>
                    filter.Matches(revision.Profile) && (topic is null || revision.Sections.Any(s => s.Topic == topic)));
            });
    }
}
