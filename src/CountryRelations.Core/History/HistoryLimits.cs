namespace CountryRelations.History;

/// <summary>
/// How large one revision may be. PostgreSQL's text search refuses a section whose words exceed 1 MB of
/// tsvector, and one oversized write must be refused on its own, with a code, not abort a batch.
/// </summary>
public static class HistoryLimits
{
    /// <summary>Most sections in one revision.</summary>
    public const int MaxSections = 500;

    /// <summary>Longest heading, in characters.</summary>
    public const int MaxHeadingLength = 500;

    /// <summary>Longest section body, in characters (a real page's longest section is under 20,000).</summary>
    public const int MaxBodyLength = 100_000;

    /// <summary>Most characters in all of one revision's sections: what a comparison of two revisions has to read.</summary>
    public const int MaxRevisionCharacters = 1_000_000;

    /// <summary>Longest provenance text (recordedBy, note, source), in characters.</summary>
    public const int MaxProvenanceLength = 2_048;

    /// <summary>Largest document an import reads, in bytes (<c>DOCUMENT_TOO_LARGE</c>).</summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>Most figures one figures query returns: a profile's whole history of trade volumes is a few hundred.</summary>
    public const int MaxFigures = 5_000;
}
