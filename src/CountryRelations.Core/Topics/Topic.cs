namespace CountryRelations.Topics;

/// <summary>The controlled vocabulary a section's heading is mapped to.</summary>
public enum Topic
{
    /// <summary>Political and diplomatic relations.</summary>
    Political,
    /// <summary>Trade, investment, debt and economic relations.</summary>
    Economic,
    /// <summary>Cultural, scientific and technical cooperation, language, education.</summary>
    CulturalScientificTechnical,
    /// <summary>Humanitarian and development assistance.</summary>
    HumanitarianDevelopment,
    /// <summary>Security and defence cooperation.</summary>
    SecurityDefence,
    /// <summary>Relations through the European Union and multilateral bodies.</summary>
    EuropeanUnionMultilateral,
    /// <summary>Consular matters and the publisher's nationals present in the country.</summary>
    ConsularPresence,
    /// <summary>Official visits.</summary>
    Visits,
    /// <summary>The country itself: general, geographic, demographic and economic data (a "Présentation" page).</summary>
    Overview,
    /// <summary>Any section whose heading the vocabulary does not know.</summary>
    Other,
}
