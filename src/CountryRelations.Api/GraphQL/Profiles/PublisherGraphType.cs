using CountryRelations.Publishers;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Profiles;

/// <summary>A publisher of profiles.</summary>
public sealed class PublisherGraphType : ObjectGraphType<Publisher>
{
    public PublisherGraphType()
    {
        Name = "Publisher";
        Description = "An institution that publishes country relations profiles.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Short code used in arguments, e.g. FR-MFA.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Full name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("website").Description("The publisher's web site.").Resolve(c => c.Source.Website);
    }
}
