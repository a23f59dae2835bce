using CountryRelations.Topics;

namespace CountryRelations.Tests.Topics;

public sealed class TopicVocabularyTests
{
    [Theory]
    [InlineData("Political relations", Topic.Political)]
    [InlineData("Relations politiques", Topic.Political)]
    [InlineData("Bilateral relations", Topic.Political)]
    [InlineData("Political relations and bilateral relations", Topic.Political)]
    [InlineData("Economic relations", Topic.Economic)]
    [InlineData("Relations économiques", Topic.Economic)]
    [InlineData("Bilateral Economic Relations", Topic.Economic)]
    [InlineData("Cultural, scientific and technical cooperation", Topic.CulturalScientificTechnical)]
    [InlineData("Coopération culturelle, scientifique et technique", Topic.CulturalScientificTechnical)]
    [InlineData("Humanitarian assistance", Topic.HumanitarianDevelopment)]
    [InlineData("Other types of cooperation: humanitarian assistance", Topic.HumanitarianDevelopment)]
    [InlineData("U.S. Assistance to Cambodia", Topic.HumanitarianDevelopment)]
    [InlineData("Relations with the European Union", Topic.EuropeanUnionMultilateral)]
    [InlineData("Laos's Membership in International Organizations", Topic.EuropeanUnionMultilateral)]
    [InlineData("Présence française", Topic.ConsularPresence)]
    [InlineData("Visites", Topic.Visits)]
    [InlineData("Bilateral visits", Topic.Visits)]
    [InlineData("Defence cooperation", Topic.SecurityDefence)]
    public void Maps_known_headings(string heading, Topic expected) => Assert.Equal(expected, TopicVocabulary.Classify(heading));

    [Theory]
    [InlineData("Principal U.S. Embassy Officials")]
    [InlineData("Bilateral Representation")]
    public void Leaves_unknown_headings_unclassified(string heading) => Assert.Null(TopicVocabulary.Classify(heading));
}
