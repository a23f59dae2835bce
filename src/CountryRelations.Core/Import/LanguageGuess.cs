namespace CountryRelations.Import;

/// <summary>Tells English from French by counting each language's commonest short words.</summary>
public static class LanguageGuess
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase) { "the", "and", "of", "to", "in", "is", "with", "for", "has", "was" };
    private static readonly HashSet<string> French = new(StringComparer.OrdinalIgnoreCase) { "le", "la", "les", "des", "et", "du", "en", "est", "une", "pour", "au", "aux" };

    /// <summary><c>fr</c> when French words outnumber English ones, else <c>en</c>.</summary>
    public static string Of(string text)
    {
        var words = text.Split([' ', '\n', '\t', ',', '.', '(', ')', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var english = words.Count(English.Contains);
        var french = words.Count(French.Contains);
        return french > english ? "fr" : "en";
    }
}
