namespace CountryRelations.Import;

/// <summary>How an imported document is written.</summary>
public enum DocumentFormat
{
    /// <summary>Decide from the content: markup means HTML.</summary>
    Auto,

    /// <summary>Plain text as extracted from the page.</summary>
    Text,

    /// <summary>The page's HTML.</summary>
    Html,
}
