using Npgsql;
using NpgsqlTypes;

namespace CountryRelations.Profiles;

/// <summary>Which profiles a list shows; null members do not filter.</summary>
/// <param name="CountryCodes">Only these subject countries (alpha-2); an empty set matches nothing.</param>
/// <param name="PublisherCode">Only this publisher.</param>
/// <param name="Language">Only this language.</param>
public sealed record ProfileFilter(IReadOnlyCollection<string>? CountryCodes = null, string? PublisherCode = null, string? Language = null)
{
    /// <summary>Whether the filter leaves any profile out.</summary>
    public bool Narrows => CountryCodes is not null || PublisherCode is not null || Language is not null;

    /// <summary>The profiles of <paramref name="profiles"/> that match.</summary>
    public IQueryable<Profile> Apply(IQueryable<Profile> profiles)
    {
        var codes = CountryCodes?.ToArray();
        var publisher = PublisherCode;
        var language = Language;
        return profiles.Where(p =>
            (codes == null || codes.Contains(p.CountryCode))
            && (publisher == null || p.Publisher.Code == publisher)
            && (language == null || p.Language == language));
    }

    /// <summary>Whether <paramref name="profile"/> (its publisher loaded) matches: <see cref="Apply"/> for one profile in memory.</summary>
    public bool Matches(Profile profile) =>
        (CountryCodes is null || CountryCodes.Contains(profile.CountryCode))
        && (PublisherCode is null || profile.Publisher.Code == PublisherCode)
        && (Language is null || profile.Language == Language);

    /// <summary>The filter as SQL parameters <c>@codes</c> (text[]), <c>@publisher</c> and <c>@language</c>; null where it does not filter.</summary>
    public IEnumerable<NpgsqlParameter> SqlParameters() =>
    [
        new("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)CountryCodes?.ToArray() ?? DBNull.Value },
        new("publisher", NpgsqlDbType.Text) { Value = (object?)PublisherCode ?? DBNull.Value },
        new("language", NpgsqlDbType.Text) { Value = (object?)Language ?? DBNull.Value },
    ];
}
