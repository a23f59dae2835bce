using System.Collections.Frozen;
using CountryRelations.Errors;

namespace CountryRelations.Countries;

/// <summary>
/// The ISO 3166-1 list with English and French names and common aliases, held in memory so that
/// resolving a country argument never needs a database round trip.
/// </summary>
public sealed class CountryCatalog
{
    // Adjectives that name two countries ("Korean", "coreano" for the South) or mostly mean something else.
    // Declared before Default, which the type initializer builds from it.
    private static readonly HashSet<string> AmbiguousAdjectives = new(StringComparer.Ordinal)
    {
        "korean", "coreen", "koreanisch", "coreano", "coreaan", "koreaans", "american", "americain", "amerikanisch", "americano", "amerikaans",
        "indian", "indio", "indien", "polish", "guinean", "guineen", "guineisch", "guineano",
    };

    private readonly FrozenDictionary<string, Country> _byKey;
    private readonly FrozenDictionary<string, CountryPlace> _places;

    /// <summary>The catalog shipped with the application (<c>countries.tsv</c>).</summary>
    public static CountryCatalog Default { get; } = LoadEmbedded();

    /// <summary>Creates a catalog over <paramref name="countries"/>.</summary>
    public CountryCatalog(IReadOnlyList<Country> countries, IReadOnlyDictionary<string, CountryPlace>? places = null)
    {
        All = countries;
        _places = (places ?? new Dictionary<string, CountryPlace>()).ToFrozenDictionary(StringComparer.Ordinal);
        var keys = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            // Codes win over names: "IN" is India even though "in" is no country name.
            foreach (var name in new[] { country.NameEn, country.NameFr }.Concat(country.Aliases))
            {
                keys.TryAdd(TextFolding.Fold(name), country);
            }
        }

        // Names in the other languages after: where one spells another country's English or French name, those win.
        foreach (var country in countries)
        {
            foreach (var name in country.Names.Values.SelectMany(n => n))
            {
                keys.TryAdd(TextFolding.Fold(name), country);
            }
        }

        foreach (var country in countries)
        {
            keys[TextFolding.Fold(country.Code)] = country;
            keys[TextFolding.Fold(country.Alpha3)] = country;
        }

        _byKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every country, ordered by alpha-2 code.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>Finds a country by alpha-2, alpha-3, name in any known language or alias; case and accents are ignored.</summary>
    public Country? Find(string codeOrName) =>
        string.IsNullOrWhiteSpace(codeOrName) ? null : _byKey.GetValueOrDefault(TextFolding.Fold(codeOrName));

    /// <summary>Like <see cref="Find"/>, but refuses an unknown country with <c>COUNTRY_NOT_FOUND</c>.</summary>
    public Country Resolve(string codeOrName) =>
        Find(codeOrName) ?? throw new DomainException(
            ErrorCodes.CountryNotFound,
            $"No country is known as \"{codeOrName}\". Use an ISO 3166-1 alpha-2 or alpha-3 code, or an English or French name.");

    /// <summary>Where the country with alpha-2 <paramref name="code"/> lies; null for a code the geoscheme lacks.</summary>
    public CountryPlace? PlaceOf(string code) => _places.GetValueOrDefault(code);

    /// <summary>The alpha-2 codes of every country in <paramref name="region"/>.</summary>
    public IReadOnlyList<string> CodesIn(Region region) => All.Where(c => PlaceOf(c.Code)?.Region == region).Select(c => c.Code).ToList();

    private static CountryCatalog LoadEmbedded()
    {
        var names = Rows("country-names.tsv").ToList();
        var shared = names.Where(n => n[2] == "adjective").GroupBy(n => (n[1], TextFolding.Fold(n[3])))
            .Where(g => g.Select(n => n[0]).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        var byCountry = names.ToLookup(n => n[0]);
        var countries = Rows("countries.tsv").Select(cells => new Country
            {
                Code = cells[0],
                Alpha3 = cells[1],
                NameEn = cells[2],
                NameFr = cells[3],
                Aliases = cells.Length > 4 && cells[4].Length > 0 ? cells[4].Split('|') : [],
                Names = ByLanguage(byCountry[cells[0]].Where(n => n[2] == "name" && n[1] is not ("en" or "fr"))),
                Adjectives = ByLanguage(byCountry[cells[0]].Where(n => n[2] == "adjective" && IsPlainAdjective(n) && !shared.Contains((n[1], TextFolding.Fold(n[3]))))),
            }).ToList();
        var places = Rows("regions.tsv").ToDictionary(cells => cells[0], cells => new CountryPlace(Enum.Parse<Region>(cells[1]), cells.Length > 2 ? cells[2] : ""));
        return new CountryCatalog(countries, places);
    }

    private static Dictionary<string, IReadOnlyList<string>> ByLanguage(IEnumerable<string[]> rows) =>
        rows.GroupBy(r => r[1]).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r[3]).ToList());

    // One word, no qualifier; shared ones (another country's adjective in the same language) are left out by the caller.
    private static bool IsPlainAdjective(string[] row) =>
        !row[3].Contains(' ', StringComparison.Ordinal) && !row[3].Contains('(', StringComparison.Ordinal)
        && !AmbiguousAdjectives.Contains(TextFolding.Fold(row[3]));

    private static IEnumerable<string[]> Rows(string resource)
    {
        using var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream("CountryRelations.Countries." + resource)
            ?? throw new InvalidOperationException(resource + " is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return line.Split('\t');
            }
        }
    }
}
