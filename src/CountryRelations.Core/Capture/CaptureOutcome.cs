namespace CountryRelations.Capture;

/// <summary>What one capture attempt did.</summary>
public enum CaptureOutcome
{
    /// <summary>A new revision was recorded.</summary>
    Created,

    /// <summary>The text changed under an unchanged date: recorded as a silent edit from the capture date.</summary>
    SilentEdit,

    /// <summary>The page's content is already stored (its bytes changed, not its text): nothing written.</summary>
    AlreadyStored,

    /// <summary>Not modified (304) or the same bytes as last time: nothing parsed, nothing written.</summary>
    Unchanged,

    /// <summary>robots.txt disallows the address for this user agent: not fetched.</summary>
    Disallowed,

    /// <summary>Fetched, but the importer refused the page (its code is in the attempt).</summary>
    Refused,

    /// <summary>The page could not be fetched (the reason is in the attempt).</summary>
    FetchFailed,
}
