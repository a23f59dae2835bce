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
    /// reading the parameters of <see cref="SqlParameters"/>. Only the filters given are written: a prepared statement's
    /// generic plan must not weigh a filter the request does not apply (with "@publisher IS NULL OR pub.code = @publisher",
    /// it took a publisher filter for granted once the registry filled the publishers table, and sorted every profile:
    /// topics across profiles fell from 732 to 94 requests/s at 10k revisions). Fixed fragments only; values are parameters.
    /// </summary>
    public string SqlCondition()
    {
        var parts = new List<string>(3);
        if (CountryCodes is not null)
        {
            parts.Add("p.country_code = ANY(@codes::text[])");
        }

        if (PublisherCode is not null)
        {
            parts.Add("pub.code = @publisher::text");
        }

        if (Language is not null)
        {
            parts.Add("p.language = @language::text");
        }

        return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
    }

    /// <summary>The parameters <see cref="SqlCondition"/> reads: <c>@codes</c> (text[]), <c>@publisher</c>, <c>@language</c>, those given.</summary>
    public IEnumerable<NpgsqlParameter> SqlParameters()
    {
        if (CountryCodes is not null)
        {
            yield return new("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = CountryCodes.ToArray() };
        }

        if (PublisherCode is not null)
        {
            yield return new("publisher", NpgsqlDbType.Text) { Value = PublisherCode };
        }

        if (Language is not null)
        {
            yield return new("language", NpgsqlDbType.Text) { Value = Language };
        }
    }
}
