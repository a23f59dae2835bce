namespace CountryRelations.Comparison;

/// <summary>What happened to a piece of text between two revisions.</summary>
public enum SpanKind
{
    /// <summary>In both texts.</summary>
    Unchanged,

    /// <summary>Only in the newer text.</summary>
    Inserted,

    /// <summary>Only in the older text.</summary>
    Deleted,
}
