using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.History;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.RevisionHistory;

/// <summary>A section together with the profile and revision it comes from.</summary>
public sealed class ProfileSectionGraphType : ObjectGraphType<TopicSection>
{
    public ProfileSectionGraphType()
    {
        Name = "ProfileSection";
        this.FieldsFollowTheirParent();
        Description = "A section of a profile's revision in force, with where it comes from.";
        Field<NonNullGraphType<ProfileGraphType>>("profile").Description("The profile.").Resolve(c => new ProfileNode(c.Source.Revision.Profile));
        Field<NonNullGraphType<RevisionGraphType>>("revision").Description("The revision in force.").Resolve(c => c.Source.Revision);
        Field<NonNullGraphType<TopicGraphType>>("topic").Description("The section's topic.").Resolve(c => c.Source.Section.Topic);
        Field<NonNullGraphType<StringGraphType>>("heading").Description("The heading as written.").Resolve(c => c.Source.Section.Heading);
        Field<NonNullGraphType<StringGraphType>>("body").Description("The section's text.").Resolve(c => c.Source.Section.Body);
    }
}
