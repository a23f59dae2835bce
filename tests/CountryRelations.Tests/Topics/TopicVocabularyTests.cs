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
    [InlineData("U.S.-Laos Relations", Topic.Political)]
    [InlineData("U.S. Relationship", Topic.Political)]
    [InlineData("Relations with France", Topic.Political)]
    [InlineData("Bilateral Representation", Topic.Political)]
    [InlineData("Présentation", Topic.Overview)]
    [InlineData("Données générales", Topic.Overview)]
    [InlineData("Données économiques", Topic.Economic)]
    [InlineData("Agricultural questions", null)]
    public void Maps_known_headings(string heading, Topic? expected) => Assert.Equal(expected, TopicVocabulary.Classify(heading));

    [Theory]
    [InlineData("Principal U.S. Embassy Officials")]
    [InlineData("Miscellaneous")]
    public void Leaves_unknown_headings_unclassified(string heading) => Assert.Null(TopicVocabulary.Classify(heading));

    [Theory]
    [InlineData("Trade grew: French exports and imports rose, and investment by French companies doubled; trade fairs followed.", Topic.Economic)]
    [InlineData("France funds humanitarian aid and development programmes; humanitarian NGOs receive development assistance.", Topic.HumanitarianDevelopment)]
    [InlineData("The ambassador met the minister.", null)]
    public void Classifies_a_body_by_its_words_only_when_one_topic_clearly_leads(string body, Topic? expected) =>
        Assert.Equal(expected, TopicVocabulary.ClassifyBody(body));
}
