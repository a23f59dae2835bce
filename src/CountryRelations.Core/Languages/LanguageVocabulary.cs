using System.Globalization;
using CountryRelations.Countries;
using CountryRelations.Topics;

namespace CountryRelations.Languages;

/// <summary>
/// What the importer knows of one language, read from its vocabulary file (<c>vocabulary/xx.tsv</c>): the words that
/// tell the language, heading stems per topic, the words before a page's date line, whole lines of page chrome, the
/// word a breadcrumb starts with, a ministry's usual page title; month names come from the platform's CLDR data. A new language is a new file.
/// </summary>
public sealed class LanguageVocabulary
{
    /// <summary>ISO 639-1 code, e.g. <c>de</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The language's own name.</summary>
    public required string Name { get; init; }

    /// <summary>The PostgreSQL text search configuration its sections are indexed with.</summary>
    public required string SearchConfiguration { get; init; }

    /// <summary>Common short words (folded) that tell the language from others.</summary>
    public required IReadOnlySet<string> Stopwords { get; init; }

    /// <summary>Heading stems (folded) with their topic, in file order.</summary>
    public required IReadOnlyList<(string Stem, Topic Topic)> TopicStems { get; init; }

    /// <summary>Whole headings (folded) with their topic.</summary>
    public required IReadOnlyDictionary<string, Topic> TopicHeadings { get; init; }

    /// <summary>Words that may precede a date line ("Stand", "Actualizado el"), as written.</summary>
    public required IReadOnlyList<string> DatePrefixes { get; init; }

    /// <summary>Whole lines (folded) of navigation and sharing chrome.</summary>
    public required IReadOnlySet<string> ChromeLines { get; init; }

    /// <summary>The first item (folded) of a breadcrumb trail ("home", "accueil", "startseite").</summary>
    public required IReadOnlySet<string> HomeWords { get; init; }

    /// <summary>A ministry's usual page title in this language: <c>{home}</c> and <c>{country}</c> stand for the two countries.</summary>
    public required string PageTitle { get; init; }

    /// <summary>Month names, January first, as CLDR writes them in this language (nominative and genitive forms).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Months { get; init; } = [];

    internal static LanguageVocabulary Read(string code, IEnumerable<string[]> rows)
    {
        string? name = null;
        string? search = null;
        var stopwords = new HashSet<string>(StringComparer.Ordinal);
        var stems = new List<(string, Topic)>();
        var headings = new Dictionary<string, Topic>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var chrome = new HashSet<string>(StringComparer.Ordinal);
        var home = new HashSet<string>(StringComparer.Ordinal);
        string? title = null;
        foreach (var row in rows)
        {
            var value = row.Length > 1 ? row[1] : throw new FormatException($"{code}.tsv: \"{row[0]}\" has no value.");
            switch (row[0])
            {
                case "language":
                    name = value;
                    search = row.Length > 2 && row[2].StartsWith("search:", StringComparison.Ordinal) ? row[2]["search:".Length..] : null;
                    break;
                case "stopword":
                    stopwords.Add(TextFolding.Fold(value));
                    break;
                case "topic":
                    stems.Add((TextFolding.Fold(value), Enum.Parse<Topic>(row[2])));
                    break;
                case "topic-heading":
                    headings[TextFolding.Fold(value)] = Enum.Parse<Topic>(row[2]);
                    break;
                case "date-prefix":
                    prefixes.Add(value);
                    break;
                case "chrome":
                    chrome.Add(TextFolding.Fold(value));
                    break;
                case "page-title":
                    title = value;
                    break;
                case "home":
                    home.Add(TextFolding.Fold(value));
                    break;
                default:
                    throw new FormatException($"{code}.tsv: unknown kind \"{row[0]}\".");
            }
        }

        var format = CultureInfo.GetCultureInfo(code).DateTimeFormat;
        return new LanguageVocabulary
        {
            Code = code,
            Name = name ?? throw new FormatException($"{code}.tsv names no language."),
            SearchConfiguration = search ?? throw new FormatException($"{code}.tsv names no search configuration."),
            Stopwords = stopwords,
            TopicStems = stems,
            TopicHeadings = headings,
            DatePrefixes = prefixes,
            ChromeLines = chrome,
            HomeWords = home,
            PageTitle = title ?? throw new FormatException($"{code}.tsv has no page-title."),
            Months = Enumerable.Range(0, 12)
                .Select(m => (IReadOnlyList<string>)new[] { format.MonthNames[m], format.MonthGenitiveNames[m] }.Distinct(StringComparer.OrdinalIgnoreCase).ToList())
                .ToList(),
        };
    }
}
