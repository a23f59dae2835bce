using System.Collections.Frozen;

namespace CountryRelations.Languages;

/// <summary>Every language the importer reads, from the vocabulary files embedded in the assembly.</summary>
public static class Vocabularies
{
    /// <summary>Every known language, English first, then French, then the others by code.</summary>
    public static IReadOnlyList<LanguageVocabulary> All { get; } = Load();

    private static readonly FrozenDictionary<string, LanguageVocabulary> ByCode = All.ToFrozenDictionary(v => v.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The vocabulary of <paramref name="language"/> (<c>de</c>, <c>de-CH</c>…), if known.</summary>
    public static LanguageVocabulary? Of(string? language) =>
        language is null ? null : ByCode.GetValueOrDefault(language.Length > 2 ? language[..2] : language);

    /// <summary>The codes of every known language.</summary>
    public static IReadOnlyList<string> Codes { get; } = All.Select(v => v.Code).ToList();

    private static List<LanguageVocabulary> Load()
    {
        const string prefix = "CountryRelations.Languages.vocabulary.";
        var assembly = typeof(Vocabularies).Assembly;
        var languages = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                var rows = new List<string[]>();
                while (reader.ReadLine() is { } line)
                {
                    if (line.Length > 0 && !line.StartsWith('#'))
                    {
                        rows.Add(line.Split('\t'));
                    }
                }

                return LanguageVocabulary.Read(n[prefix.Length..^".tsv".Length], rows);
            })
            .ToList();
        return languages.OrderBy(v => v.Code switch { "en" => 0, "fr" => 1, _ => 2 }).ThenBy(v => v.Code, StringComparer.Ordinal).ToList();
    }
}
