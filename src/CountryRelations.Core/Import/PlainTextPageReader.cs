namespace CountryRelations.Import;

/// <summary>Reads the plain text of a profile page, as extracted from the publisher's site.</summary>
public static class PlainTextPageReader
{
    /// <summary>Splits <paramref name="text"/> into lines (headings are decided by layout) and assembles the page.</summary>
    public static ParsedPage Read(string text, PublisherConventions? conventions = null, IReadOnlyList<PublisherConventions>? publishers = null)
    {
        var lines = VisibleText.Strip(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.TrimEnd() is { Length: > 0 } kept ? new PageLine(kept) : PageLine.Break)
            .ToList();
        return PageAssembler.Assemble(lines, conventions, publishers);
    }
}
