using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Publishers;
using System.Globalization;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Countries;
using CountryRelations.Api.GraphQL.Loading;
using CountryRelations.Api.GraphQL.RevisionHistory;
using CountryRelations.Countries;
using CountryRelations.Revisions;
using CountryRelations.Topics;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>A profile: one publisher's page about one country in one language.</summary>
public sealed class ProfileGraphType : ObjectGraphType<ProfileNode>
{
    public ProfileGraphType()
    {
        Name = "Profile";
        Description = "One publisher's page about one country in one language. Its content is in its revisions.";
        Field<NonNullGraphType<IdGraphType>>("id").FollowsItsParent().Description("Stable identifier.").Resolve(c => c.Source.Profile.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<CountryGraphType>>("country").FollowsItsParent().Description("The subject country.")
            .Resolve(c => c.Service<CountryCatalog>().Resolve(c.Source.Profile.CountryCode)); // in memory: no query, however many profiles
        Field<NonNullGraphType<PublisherGraphType>>("publisher").Description("Who publishes the page.").Resolve(c => c.Source.Profile.Publisher);
        Field<NonNullGraphType<StringGraphType>>("language").FollowsItsParent().Description("Language of the page, e.g. en or fr.").Resolve(c => c.Source.Profile.Language);
        Field<RevisionGraphType>("revision").KnownAtPins("asOf")
            .Description("The revision in force on `asOf` as this database knew it at `knownAt` (defaults: the list's, else today and now); null before the first revision.")
            .Argument<IsoDateGraphType>("asOf", "Valid-time date; default the list's `asOf`, else today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default the list's `knownAt`, else now.")
            .Resolve(InForce);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionGraphType>>>>("sections").KnownAtPins("asOf")
            .Description("The sections of the revision in force (see `revision`), in page order; with `topic`, that topic's only. Empty before the first revision.")
            .Argument<TopicGraphType>("topic", "Only sections of this topic.")
            .Argument<IsoDateGraphType>("asOf", "Valid-time date; default the list's `asOf`, else today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default the list's `knownAt`, else now.")
            .Resolve(c =>
            {
                var topic = c.GetArgument<Topic?>("topic");
                return InForce(c).Then(revision => revision?.Sections.Where(s => topic is null || s.Topic == topic).ToList() ?? []);
            });
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<Revision?> InForce(IResolveFieldContext<ProfileNode> c) =>
        c.Service<RequestLoaders>().InForce(
            c.Source.Profile.Id,
            c.GetArgument<DateOnly?>("asOf") ?? c.Source.AsOf ?? c.AsOf(),
            c.GetArgument<DateTime?>("knownAt") ?? c.Source.KnownAt ?? c.KnownAt());
}
