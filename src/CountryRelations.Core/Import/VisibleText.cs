using System.Globalization;

namespace CountryRelations.Import;

/// <summary>
/// What counts as text a reader sees: not control characters (but tabs and line ends) and not invisible format
/// characters (zero-width spaces and joiners, soft hyphens, byte-order marks). One rule for the page readers, which
/// drop them, and the store, which refuses control characters and headings or bodies made of nothing visible.
/// </summary>
public static class VisibleText
{
    /// <summary>True for a character no reader sees.</summary>
    public static bool IsInvisible(char c) =>
        c is not ('\t' or '\n' or '\r') && (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary><paramref name="text"/> without its invisible characters.</summary>
    public static string Strip(string text) => text.Any(IsInvisible) ? string.Concat(text.Where(c => !IsInvisible(c))) : text;

    /// <summary>The first control character of <paramref name="text"/> other than tabs and line ends, if any.</summary>
    public static char? FirstControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return c;
            }
        }

        return null;
    }
}
