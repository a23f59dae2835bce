using System.Text.RegularExpressions;

namespace CountryRelations.Import;

/// <summary>
/// Archived pages often carry the address they were saved from on their first line, as
/// <c>&lt;!-- source: URL --&gt;</c> (HTML) or <c>SOURCE: URL</c> (text). That line is provenance, not content.
/// </summary>
public static partial class SourceLine
{
    /// <summary>The address on <paramref name="text"/>'s first line, if any, and the text without that line.</summary>
    public static (string? Source, string Text) Take(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        var match = Line().Match(first.Trim());
        return match.Success ? (match.Groups["url"].Value, end < 0 ? "" : text[(end + 1)..]) : (null, text);
    }

    [GeneratedRegex(@"^(?:<!--\s*source\s*:\s*(?<url>https?://\S+?)\s*-->|source\s*:\s*(?<url>https?://\S+))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
