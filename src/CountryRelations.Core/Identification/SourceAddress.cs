using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.Import;

namespace CountryRelations.Identification;

/// <summary>
/// What the address a page was read from says about it: the publisher (by host, archives included), the language
/// (<c>/en/</c>, <c>/fr/</c>) and the subject country (<c>/country-files/myanmar/</c>, <c>u-s-relations-with-laos</c>,
/// <c>fs_us_cambodia_970620.html</c>).
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
    /// Reads <paramref name="source"/>; null when none was given. Anything but an absolute http(s) address is
    /// refused with <c>INVALID_INPUT</c>: a <c>javascript:</c> or <c>file:</c> "source" is no provenance.
    /// </summary>
    public static SourceAddress? Read(string? source, CountryNameFinder names)
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

        var publisher = KnownConventions.All.FirstOrDefault(c => c.Publishes(address));
        var language = publisher?.LanguageOf(address) ?? LeadingLanguage(address);
        var path = Uri.UnescapeDataString(address.AbsolutePath);
        var named = names.Find(path).FirstOrDefault(c => c.Code != publisher?.HomeCountry);
        return new SourceAddress(address, publisher, language, named?.Code, named is null ? null : path);
    }

    /// <summary>True for an absolute http or https address with a host, of at most <see cref="MaxLength"/> characters.</summary>
    public static bool IsWebAddress(string text) =>
        text.Length <= MaxLength
        && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var address)
        && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        && address.Host.Length > 0;

    // "/en/…" or "/fr/…" on any site.
    private static string? LeadingLanguage(Uri address) =>
        address.Segments.Skip(1).FirstOrDefault()?.TrimEnd('/') is { } first && first is "en" or "fr" ? first : null;
}
