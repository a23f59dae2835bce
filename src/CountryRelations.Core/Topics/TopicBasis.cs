namespace CountryRelations.Topics;

/// <summary>How a read section's topic was decided.</summary>
public enum TopicBasis
{
    /// <summary>Its heading is in the vocabulary.</summary>
    Heading,

    /// <summary>Its heading is unknown (or missing); the body's words point to one topic.</summary>
    Body,

    /// <summary>Nothing decided it: OTHER, or POLITICAL for the text before a page's first heading.</summary>
    Default,
}
