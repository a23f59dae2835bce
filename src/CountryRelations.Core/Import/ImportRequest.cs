namespace CountryRelations.Import;

/// <summary>One document to import, with what the caller knows that the page may not say.</summary>
/// <param name="Name">How reports name the document (a file name).</param>
/// <param name="Content">The document's bytes.</param>
/// <param name="Format">Text, HTML, or decide from the content.</param>
/// <param name="Publisher">Publisher code; else recognised from the page's title.</param>
/// <param name="Language">Language; else guessed from the page's words.</param>
/// <param name="Country">Subject country; else taken from the page's title.</param>
/// <param name="PublishedOn">The page's date when the page states none.</param>
/// <param name="CapturedOn">When the page was captured; needed for a silent edit, which takes effect that day.</param>
/// <param name="Source">Where the document was read.</param>
/// <param name="Correction">Our stored copy for the page's date was wrong: supersede it.</param>
/// <param name="DryRun">Parse and report; write nothing.</param>
/// <param name="RecordedBy">Who imports.</param>
public sealed record ImportRequest(
    string Name,
    byte[] Content,
    DocumentFormat Format = DocumentFormat.Auto,
    string? Publisher = null,
    string? Language = null,
    string? Country = null,
    DateOnly? PublishedOn = null,
    DateOnly? CapturedOn = null,
    string? Source = null,
    bool Correction = false,
    bool DryRun = false,
    string RecordedBy = "import");
