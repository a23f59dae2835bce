using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Languages;
using CountryRelations.Publishers;

namespace CountryRelations.Import;

/// <summary>
/// What is particular to one publisher's pages, built from its registry row: the addresses it publishes at, how its
/// titles name the country (its own patterns, and the generic "Germany and Viet Nam", "Relations Canada - Laos",
/// "Bilateral relations Switzerland–Vietnam" in every language read, built from its government's names), which lines
/// are its chrome, where its footer starts. A publisher is data: registering one needs no code.
/// </summary>
public sealed class PublisherConventions
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(200);

    private readonly IReadOnlyList<HostPattern> _hosts;
    private readonly IReadOnlyList<Regex> _titles;
    private readonly HashSet<string> _chromeLines;
    private readonly IReadOnlyList<Regex> _chromePatterns;
    private readonly IReadOnlyList<Regex> _countryLines;
    private readonly IReadOnlyList<Regex> _publisherMarks;
    private readonly IReadOnlyList<Regex> _footerStarts;
    private readonly IReadOnlyList<Regex> _teaserEnds;
    private readonly IReadOnlyDictionary<string, string> _pageTitles;

    /// <summary>Builds the conventions of <paramref name="definition"/>; a pattern that does not compile is refused (<see cref="ArgumentException"/>).</summary>
    public PublisherConventions(PublisherDefinition definition)
    {
        PublisherCode = definition.Code;
        HomeCountry = definition.Government;
        Languages = definition.Languages;
        _hosts = definition.Hosts.Select(HostPattern.Parse).ToList();
        var conventions = definition.Conventions ?? new PageConventions();
        _titles = [.. conventions.TitlePatterns.Select(p => Pattern(p, RegexOptions.IgnoreCase)), .. GenericTitles(definition.Government)];
        _chromeLines = conventions.ChromeLines.Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        _chromePatterns = conventions.ChromePatterns.Select(p => Pattern(p)).ToList();
        _countryLines = conventions.CountryLinePatterns.Select(p => Pattern(p)).ToList();
        _publisherMarks = conventions.PublisherMarks.Select(p => Pattern(p)).ToList();
        _footerStarts = conventions.FooterStarts.Select(p => Pattern(p)).ToList();
        _teaserEnds = conventions.TeaserEnds.Select(p => Pattern(p)).ToList();
        _pageTitles = conventions.PageTitles;
    }

    /// <summary>The publisher's code in the store.</summary>
    public string PublisherCode { get; }

    /// <summary>The publisher's own country (alpha-2): never the subject of one of its pages.</summary>
    public string? HomeCountry { get; }

    /// <summary>The languages it publishes in.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>True when <paramref name="line"/> is one of this publisher's title lines.</summary>
    public bool IsTitle(string line, out string? countryName)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 200)
        {
            countryName = null;
            return false;
        }

        foreach (var pattern in _titles)
        {
            var match = pattern.Match(trimmed);
            if (!match.Success)
            {
                continue;
            }

            countryName = match.Groups["country"].Success ? WithoutArticle(match.Groups["country"].Value) : null;
            if (countryName is null ? !match.Groups["country"].Success : CountryCatalog.Default.Find(countryName) is { } found && found.Code != HomeCountry)
            {
                return true;
            }
        }

        countryName = null;
        return false;
    }

    /// <summary>What a line says when it is page chrome to drop; null when it is not chrome. The line comes <paramref name="folded"/> (<see cref="TextFolding.Fold"/>), once for every publisher.</summary>
    public ChromeLine? Chrome(string folded)
    {
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var pattern in _countryLines)
        {
            var match = pattern.Match(folded);
            if (match.Success)
            {
                return new ChromeLine(WithoutArticle(match.Groups["country"].Value), false, false);
            }
        }

        var namesPublisher = _publisherMarks.Any(p => p.IsMatch(folded));
        var endsTeaser = _teaserEnds.Any(p => p.IsMatch(folded));
        return namesPublisher || endsTeaser || _chromeLines.Contains(folded) || _chromePatterns.Any(p => p.IsMatch(folded))
            ? new ChromeLine(null, namesPublisher, endsTeaser)
            : null;
    }

    /// <summary>True when the line, <paramref name="folded"/>, starts the footer (once content has begun).</summary>
    public bool IsFooterStart(string folded) => folded.Length > 0 && _footerStarts.Any(p => p.IsMatch(folded));

    /// <summary>How specifically this publisher claims <paramref name="address"/>: 0 when it does not, else its best pattern's length.</summary>
    public int Claim(Uri address) => _hosts.Where(h => h.Matches(address)).Select(h => h.Specificity).DefaultIfEmpty(0).Max();

    /// <summary>The title line of this publisher's page on <paramref name="countryName"/> in <paramref name="language"/>; readers recognise it.</summary>
    public string PageTitle(string countryName, string language)
    {
        if (_pageTitles.TryGetValue(language, out var own))
        {
            return own.Replace("{country}", countryName, StringComparison.Ordinal);
        }

        var home = HomeCountry is null ? null : CountryCatalog.Default.Find(HomeCountry)?.CommonName(language);
        var template = Vocabularies.Of(language)?.PageTitle ?? Vocabularies.Of("en")!.PageTitle;
        return home is null ? countryName : template.Replace("{home}", home, StringComparison.Ordinal).Replace("{country}", countryName, StringComparison.Ordinal);
    }

    // An editor's pattern runs over every line of every page: without backtracking, so that none may take exponential time.
    private static Regex Pattern(string pattern, RegexOptions options = RegexOptions.None)
    {
        try
        {
            return new(pattern, options | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Budget);
        }
        catch (NotSupportedException unsupported)
        {
            throw new ArgumentException($"\"{pattern}\" uses a construct patterns may not (backreferences, lookarounds): {unsupported.Message}", nameof(pattern), unsupported);
        }
    }

    // Built once per government per process: every registry snapshot (one per change to the table) shares them.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Regex>> TitlesByGovernment = new(StringComparer.Ordinal);

    private static IReadOnlyList<Regex> GenericTitles(string? government) =>
        government is null ? [] : TitlesByGovernment.GetOrAdd(government, BuildGenericTitles);

    // Titles any ministry writes, in every language read, around its government's names.
    private static List<Regex> BuildGenericTitles(string government)
    {
        if (CountryCatalog.Default.Find(government) is not { } home)
        {
            return [];
        }

        var names = new[] { home.NameEn, home.NameFr, home.CommonName("en"), home.CommonName("fr") }
            .Concat(home.Aliases).Concat(home.Names.Values.SelectMany(n => n))
            .Where(n => !n.Contains(',', StringComparison.Ordinal) && n.Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal));
        var h = $"(?:{Article}\\s+)?(?:{string.Join('|', names)})";
        Regex Generic(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);
        var and = @"(?:and|et|und|y|e|en|ed)";
        var relations = @"(?:bilateral\s+relations|relations\s+bilat[ée]rales|bilaterale\s+beziehungen|relaciones\s+bilaterales|rapporti\s+bilaterali|rela[çc][õo]es\s+bilaterais|bilaterale\s+betrekkingen|relations|beziehungen|relaciones|relazioni|rela[çc][õo]es|betrekkingen)";
        return
        [
            // "Canada and Laos", "Deutschland und Vietnam: bilaterale Beziehungen Vietnam", "La France et le Cambodge".
            Generic($@"^{h}\s+{and}\s+(?<country>[^:|–]+?)(?:\s*[:|–]\s*.*)?$"),
            // "Relations Canada - Laos", "Bilateral relations Switzerland–Vietnam", "Relaciones entre España y Cuba".
            Generic($@"^{relations}\s+(?:(?:between|entre|zwischen|tra|tussen)\s+)?{h}\s*(?:[-–—/]|\s{and}\s)\s*(?<country>.+?)$"),
            // "Switzerland–Vietnam relations".
            Generic($@"^{h}\s*[-–—]\s*(?<country>.+?)\s+{relations}$"),
        ];
    }

    private const string Article = "(?:the|la|le|les|l['’]|die|das|der|el|los|las|il|lo|o|a|de|het)";

    private static string WithoutArticle(string name) =>
        Regex.Replace(name.Trim(), @"^(?:(?:the|la|le|les|el|los|las|die|der|das|il|lo|het)\s+|l['’]\s*)", "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
