using CountryRelations.Profiles;

namespace CountryRelations.Integrity;

/// <summary>The natural key of a profile as the canonical form spells it.</summary>
public sealed record ProfileKey(string PublisherCode, string CountryCode, string Language)
{
    /// <summary>The key of a loaded profile (its publisher included).</summary>
    public static ProfileKey Of(Profile profile) => new(profile.Publisher.Code, profile.CountryCode, profile.Language);
}
