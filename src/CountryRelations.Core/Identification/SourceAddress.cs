using CountryRelations.Countries;
using CountryRelations.Errors;
using System.Globalization;
using CountryRelations.Import;
using CountryRelations.Languages;

namespace CountryRelations.Identification;

/// <summary>
/// What the address a page was read from says about it: the publisher (by host: archives, embassies and mirrors
/// included), the language (<c>/en/</c>, <c>/eda/de/</c>, <c>?lang=fra</c>) and the subject country
/// (<c>/country-files/myanmar/</c>, <c>u-s-relations-with-laos</c>, <c>fs_us_cambodia_970620.html</c>, <c>/laender/vietnam-node/</c>).
/// </summary>
/// <param name="Address">The address, absolute http or https.</param>
/// <param name="Publisher">The publisher whose host it is, if known.</param>
/// <param name="Language">The language its path names, if any.</param>
/// <param name="CountryCode">The first country its path names (the publisher's own country aside), if any.</param>
/// <param name="CountryEvidence">The words of the path that named it.</param>
public sealed record SourceAddress(Uri Address, PublisherConventions? Publisher, string? Language, string? CountryCode, string? CountryEvidence)
{
    /// <summary>The longest address accepted.</summary>
    public const int MaxLength = 2048;

    /// <summary>
    /// Reads <paramref name="source"/> against <paramref name="publishers"/> (default: the shipped registry); null when
    /// none was given. Anything but an absolute http(s) address is refused with <c>INVALID_INPUT</c>: a
    /// <c>javascript:</c> or <c>file:</c> "source" is no provenance.
    /// </summary>
    public static SourceAddress? Read(string? source, CountryNameFinder names, IReadOnlyList<PublisherConventions>? publishers = null)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        if (!IsWebAddress(source) || !Uri.TryCreate(source.Trim(), UriKind.Absolute, out var address))
        {
            throw new DomainException(
                ErrorCodes.InvalidInput,
                $"source: \"{Excerpt.Of(source)}\" is not an http or https address.");
        }

        var publisher = KnownConventions.Claiming(address, publishers);
        var language = LanguageOf(address, publisher);
        var path = Uri.UnescapeDataString(address.AbsolutePath);
        // The last country the path names: "/thailand-thailande/…/canada_laos.aspx" is the Laos page of the embassy in Thailand.
        var named = names.Find(path, language).LastOrDefault(c => c.Code != publisher?.HomeCountry);
        return new SourceAddress(address, publisher, language, named?.Code, named is null ? null : path);
    }

    /// <summary>True for an absolute http or https address with a host, of at most <see cref="MaxLength"/> characters.</summary>
    public static bool IsWebAddress(string text) =>
        text.Length <= MaxLength
        && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var address)
        && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        && address.Host.Length > 0;

    // ISO 639-2 codes as addresses write them ("?lang=fra", "?lang=eng"), from the platform's CLDR data.
    private static readonly Dictionary<string, string> ThreeLetterLanguages = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Where(c => c.TwoLetterISOLanguageName.Length == 2)
        .SelectMany(c => new[] { (c.ThreeLetterISOLanguageName, c.TwoLetterISOLanguageName), (c.TwoLetterISOLanguageName, c.TwoLetterISOLanguageName) })
        .DistinctBy(p => p.Item1)
        .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    // "/en/…", "/eda/de/…" (one of the first two segments) or "?lang=fra", when it names a language the importer reads or the publisher uses.
    private static string? LanguageOf(Uri address, PublisherConventions? publisher)
    {
        bool Known(string code) => Vocabularies.Of(code) is not null || (publisher?.Languages.Contains(code) ?? false);

        foreach (var segment in address.Segments.Skip(1).Take(2).Select(s => s.TrimEnd('/').ToLowerInvariant()))
        {
            if (segment.Length == 2 && segment.All(char.IsAsciiLetterLower) && Known(segment))
            {
                return segment;
            }
        }

        var query = System.Web.HttpUtility.ParseQueryString(address.Query);
        return (query["lang"] ?? query["language"] ?? query["hl"]) is { } given
            && ThreeLetterLanguages.TryGetValue(given.Split('-', '_')[0], out var code) && Known(code)
            ? code
            : null;
    }
}
