using System.Linq.Expressions;
using System.Runtime.CompilerServices;
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
    public IQueryable<Profile> Apply(IQueryable<Profile> profiles) => profiles.Where(Predicate());

    /// <summary>Whether <paramref name="profile"/> (its publisher loaded) matches: <see cref="Apply"/>'s own predicate, compiled once per filter.</summary>
    public bool Matches(Profile profile) => Compiled.GetValue(this, filter => filter.Predicate().Compile())(profile);

    // Held beside the record rather than in it, so that two equal filters stay equal.
    private static readonly ConditionalWeakTable<ProfileFilter, Func<Profile, bool>> Compiled = new();

    private Expression<Func<Profile, bool>> Predicate()
    {
        var codes = CountryCodes?.ToArray();
        var publisher = PublisherCode;
        var language = Language;
        return p => (codes == null || codes.Contains(p.CountryCode))
                    && (publisher == null || p.Publisher.Code == publisher)
                    && (language == null || p.Language == language);
    }

    /// <summary>
    /// <see cref="Apply"/> for hand-written SQL: a condition over profiles aliased <c>p</c> and their publishers <c>pub</c>,
    /// reading the parameters of <see cref="SqlParameters"/>.
    /// </summary>
    public const string SqlCondition = """
        (@codes::text[] IS NULL OR p.country_code = ANY(@codes::text[]))
          AND (@publisher::text IS NULL OR pub.code = @publisher::text)
          AND (@language::text IS NULL OR p.language = @language::text)
        """;

    /// <summary>The filter as SQL parameters <c>@codes</c> (text[]), <c>@publisher</c> and <c>@language</c>; null where it does not filter.</summary>
    public IEnumerable<NpgsqlParameter> SqlParameters() =>
    [
        new("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)CountryCodes?.ToArray() ?? DBNull.Value },
        new("publisher", NpgsqlDbType.Text) { Value = (object?)PublisherCode ?? DBNull.Value },
        new("language", NpgsqlDbType.Text) { Value = (object?)Language ?? DBNull.Value },
    ];
}
