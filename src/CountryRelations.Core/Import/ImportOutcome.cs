namespace CountryRelations.Import;

/// <summary>What importing a document did.</summary>
public enum ImportOutcome
{
    /// <summary>A new revision was recorded.</summary>
    Created,

    /// <summary>The text changed under an unchanged date: recorded as a silent edit from the capture date.</summary>
    SilentEdit,

    /// <summary>The stored revision for the page's date was superseded by this corrected copy.</summary>
    Corrected,

    /// <summary>The same content is already stored; nothing was written.</summary>
    AlreadyStored,

    /// <summary>Dry run: parsed, nothing written.</summary>
    Parsed,

    /// <summary>Refused with a coded error; nothing was written.</summary>
    Refused,
}
