using CountryRelations.Replicas;
using System.Text.RegularExpressions;
using CountryRelations.Caching;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.Persistence;
using CountryRelations.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.History;

/// <summary>Turns what a client typed into a checked profile key, with coded errors for each part.</summary>
public sealed partial class ProfileKeyResolver(CountryCatalog countries, ProfileDefaults defaults, ReadContexts contexts, HistoryCache cache)
{
    /// <summary>The same resolver reading from the primary: for decisions about what to write.</summary>
    public ProfileKeyResolver OnPrimary() => new(countries, defaults, contexts.Primary, cache);

    /// <summary>Checks <paramref name="selector"/> against the catalog and the publishers table.</summary>
    public async Task<ProfileKey> ResolveAsync(CountryRelationsDbContext db, ProfileSelector selector, CancellationToken cancellationToken)
    {
        var country = countries.Resolve(selector.Country);
        var language = NormalizeLanguage(selector.Language ?? defaults.Language);
        var publisher = await PublisherAsync(db, selector.Publisher ?? defaults.Publisher, cancellationToken);
        return new ProfileKey(publisher.Code, country.Code, language);
    }

    /// <summary>The publisher with <paramref name="code"/> (case and surrounding spaces ignored), or <c>PUBLISHER_NOT_FOUND</c>.</summary>
    public async Task<Publishers.Publisher> PublisherAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PublisherAsync(db, code, cancellationToken);
    }

    private static async Task<Publishers.Publisher> PublisherAsync(CountryRelationsDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalized = NormalizePublisher(code);
        return await db.Publishers.SingleOrDefaultAsync(p => p.Code == normalized, cancellationToken)
            ?? throw new DomainException(ErrorCodes.PublisherNotFound, $"No publisher has the code \"{normalized}\".");
    }

    /// <summary>Finds the profile for <paramref name="selector"/>, or null when nothing was ever recorded for it.</summary>
    /// <remarks>A profile's key never changes and profiles are never deleted, so a profile once found is kept in memory.</remarks>
    public async Task<Profile?> FindProfileAsync(ProfileSelector selector, CancellationToken cancellationToken = default)
    {
        var country = countries.Resolve(selector.Country);
        var language = NormalizeLanguage(selector.Language ?? defaults.Language);
        var code = NormalizePublisher(selector.Publisher ?? defaults.Publisher);
        if (cache.TryGetProfile(code, country.Code, language, out var known))
        {
            return known;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var publisher = await PublisherAsync(db, code, cancellationToken);
        var profile = await db.Profiles
            .Include(p => p.Publisher)
            .Include(p => p.Country)
            .SingleOrDefaultAsync(p => p.PublisherId == publisher.Id && p.CountryCode == country.Code && p.Language == language, cancellationToken);
        if (profile is not null)
        {
            cache.Add(profile);
        }

        return profile;
    }

    internal static string NormalizePublisher(string code) => code.Trim().ToUpperInvariant();

    /// <summary>Lower-cases the language and upper-cases a region, refusing anything that is no language tag.</summary>
    public static string NormalizeLanguage(string language)
    {
        var match = LanguageTag().Match(language.Trim());
        if (!match.Success)
        {
            throw new DomainException(ErrorCodes.InvalidLanguage, $"\"{language}\" is not a language tag; use e.g. \"en\", \"fr\" or \"fr-CA\".");
        }

        var region = match.Groups["region"].Value;
        return match.Groups["language"].Value.ToLowerInvariant() + (region.Length > 0 ? "-" + region.ToUpperInvariant() : "");
    }

    [GeneratedRegex("^(?<language>[A-Za-z]{2,3})(?:[-_](?<region>[A-Za-z]{2}))?$")]
    private static partial Regex LanguageTag();
}
