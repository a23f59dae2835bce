namespace CountryRelations.Export;

/// <summary>The forms a revision can be exported in.</summary>
public enum ExportFormat
{
    /// <summary>The page layout: title, headed sections, the date line. The page readers read it back.</summary>
    PlainText,
    /// <summary>The canonical JSON the content hash is taken over, with the row's id, recording time and hash added.</summary>
    Json,
}
