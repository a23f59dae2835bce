using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Countries;
using CountryRelations.Api.GraphQL.Revisions;
using CountryRelations.History;
using CountryRelations.Profiles;
using GraphQL;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>A profile: one publisher's page about one country in one language.</summary>
public sealed class ProfileGraphType : ObjectGraphType<Profile>
{
    public ProfileGraphType()
    {
        Name = "Profile";
        Description = "One publisher's page about one country in one language. Its content is in its revisions.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier.").Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<CountryGraphType>>("country").Description("The subject country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<PublisherGraphType>>("publisher").Description("Who publishes the page.").Resolve(c => c.Source.Publisher);
        Field<NonNullGraphType<StringGraphType>>("language").Description("Language of the page, e.g. en or fr.").Resolve(c => c.Source.Language);
        Field<RevisionGraphType>("revision")
            .Description("The revision in force on `asOf` (default today) as this database knew it at `knownAt` (default now); null before the first revision.")
            .Argument<IsoDateGraphType>("asOf", "Valid-time date; default today.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .ResolveAsync(async c => await c.Service<AsOfQuery>().InForceAsync(c.Source.Id, c.AsOf(), c.KnownAt(), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryGraphType>>>>("timeline")
            .Description("Every revision whose validity overlaps [from, to], oldest first, as known at `knownAt`.")
            .Argument<IsoDateGraphType>("from", "Earliest date of interest.")
            .Argument<IsoDateGraphType>("to", "Latest date of interest.")
            .Argument<InstantGraphType>("knownAt", "System-time instant; default now.")
            .ResolveAsync(async c => await c.Service<AsOfQuery>().TimelineAsync(
                c.Source.Id, c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.KnownAt(), c.CancellationToken));
    }
}
