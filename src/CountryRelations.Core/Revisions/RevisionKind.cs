namespace CountryRelations.Revisions;

/// <summary>Why a revision row exists.</summary>
public enum RevisionKind
{
    /// <summary>A version the publisher put online with its own "Updated" date.</summary>
    Publication,

    /// <summary>The publisher changed the text without changing the stated date; in force from the capture date.</summary>
    SilentEdit,

    /// <summary>Our stored copy of an earlier revision was wrong; this row supersedes it in system time.</summary>
    Correction,
}
