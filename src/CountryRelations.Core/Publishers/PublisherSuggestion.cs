using System.Text.RegularExpressions;
using CountryRelations.Countries;

namespace CountryRelations.Publishers;

/// <summary>
/// What a dry run proposes to register for a page from an unknown host: the ministry's name as the page gives it
/// ("Ministerio de Asuntos Exteriores…", else the host), the government from the host's country domain (<c>.de</c>,
/// <c>.gc.ca</c>, <c>.gov</c>) or from that name, a code from the government, and the host itself.
/// </summary>
public static partial class PublisherSuggestion
{
    /// <summary>The publisher a dry run would suggest registering for a page at <paramref name="address"/> reading <paramref name="text"/>.</summary>
    public static PublisherDefinition Suggest(Uri address, string text, string language)
    {
        var host = address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host;
        var name = text.Split('\n').Select(l => l.Trim()).Take(400).FirstOrDefault(l => l.Length <= 150 && Ministry().IsMatch(l));
        var government = GovernmentOfHost(host) ?? (name is not null && CountryNameFinder.Default.Find(name, language) is [var named, ..] ? named.Code : null);
        var code = (government ?? host.Split('.')[0].ToUpperInvariant()) + "-MFA";
        return new PublisherDefinition(
            Regex.Replace(code, "[^A-Z0-9-]", ""),
            name ?? host,
            government,
            $"{address.Scheme}://{address.Host}",
            [host],
            [language],
            address.GetLeftPart(UriPartial.Path),
            null);
    }

    /// <summary>The country a host's domain names: its country-code top-level domain, <c>.gov</c> and <c>.mil</c> for the United States.</summary>
    public static string? GovernmentOfHost(string host)
    {
        var labels = host.ToLowerInvariant().TrimEnd('.').Split('.');
        var top = labels[^1];
        return top switch
        {
            "gov" or "mil" => "US",
            "uk" => "GB",
            _ when top.Length == 2 && CountryCatalog.Default.Find(top) is { } country && top != "eu" => country.Code,
            _ => null,
        };
    }

    // A line naming a foreign ministry in one of the languages read.
    [GeneratedRegex(@"\b(?:ministry|ministère|ministere|ministerio|ministerium|ministero|ministério|ministerie|department|departamento|département|secretar[ií]a|office|amt|bureau)\b.{0,60}\b(?:foreign|external|exteriores|extranjero|étrangères|etrangeres|auswärtig|auswaertig|esteri|estrangeiros|buitenlandse|internacional|international)|auswärtiges amt", RegexOptions.IgnoreCase)]
    private static partial Regex Ministry();
}
