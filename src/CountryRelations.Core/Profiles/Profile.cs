using CountryRelations.Countries;
using CountryRelations.Publishers;

namespace CountryRelations.Profiles;

/// <summary>One publisher's page about one country in one language; its content lives in revisions.</summary>
public sealed class Profile
{
    public long Id { get; init; }

    public int PublisherId { get; init; }

    public Publisher Publisher { get; init; } = null!;

    /// <summary>ISO 3166-1 alpha-2 code of the subject country.</summary>
    public required string CountryCode { get; init; }

    public Country Country { get; init; } = null!;

    /// <summary>BCP 47 language tag of the page, e.g. <c>en</c> or <c>fr</c>.</summary>
    public required string Language { get; init; }

    /// <summary>When this database first heard of the profile.</summary>
    public DateTime CreatedAt { get; init; }
}
