using System.Collections.Frozen;
using CountryRelations.Errors;

namespace CountryRelations.Countries;

/// <summary>
/// The ISO 3166-1 list with English and French names and common aliases, held in memory so that
/// resolving a country argument never needs a database round trip.
/// </summary>
public sealed class CountryCatalog
{
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

        foreach (var country in countries)
        {
            keys[TextFolding.Fold(country.Code)] = country;
            keys[TextFolding.Fold(country.Alpha3)] = country;
        }

        _byKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every country, ordered by alpha-2 code.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>Finds a country by alpha-2, alpha-3, English or French name or alias; case and accents are ignored.</summary>
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
        var countries = Rows("countries.tsv").Select(cells => new Country
            {
                Code = cells[0],
                Alpha3 = cells[1],
                NameEn = cells[2],
                NameFr = cells[3],
                Aliases = cells.Length > 4 && cells[4].Length > 0 ? cells[4].Split('|') : [],
            }).ToList();
        var places = Rows("regions.tsv").ToDictionary(cells => cells[0], cells => new CountryPlace(Enum.Parse<Region>(cells[1]), cells.Length > 2 ? cells[2] : ""));
        return new CountryCatalog(countries, places);
    }

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
