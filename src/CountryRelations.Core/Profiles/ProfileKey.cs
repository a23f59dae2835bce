namespace CountryRelations.Profiles;

/// <summary>
/// Which profile: its natural key, checked (a known publisher's code as stored, an ISO alpha-2 country, a normalised
/// language tag). The one resolved form of "which profile" — for writes, caches, seals and checkpoints alike; what a
/// client typed, before it is checked, is a <see cref="History.ProfileSelector"/>.
/// </summary>
public sealed record ProfileKey(string PublisherCode, string CountryCode, string Language)
{
    /// <summary>The key of a loaded profile (its publisher included).</summary>
    public static ProfileKey Of(Profile profile) => new(profile.Publisher.Code, profile.CountryCode, profile.Language);
}
