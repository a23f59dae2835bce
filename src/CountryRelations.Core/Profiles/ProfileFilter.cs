using Npgsql;
using NpgsqlTypes;

namespace CountryRelations.Profiles;

/// <summary>Which profiles a list shows; null members do not filter.</summary>
/// <param name="CountryCodes">Only these subject countries (alpha-2); an empty set matches nothing.</param>
/// <param name="PublisherCode">Only this publisher.</param>
/// <param name="Language">Only this language.</param>
public sealed record ProfileFilter(IReadOnlyCollection<string>? CountryCodes = null, string? PublisherCode = null, string? Language = null)
{
    /// <summary>The filter as SQL parameters <c>@codes</c> (text[]), <c>@publisher</c> and <c>@language</c>; null where it does not filter.</summary>
    public IEnumerable<NpgsqlParameter> SqlParameters() =>
    [
        new("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)CountryCodes?.ToArray() ?? DBNull.Value },
        new("publisher", NpgsqlDbType.Text) { Value = (object?)PublisherCode ?? DBNull.Value },
        new("language", NpgsqlDbType.Text) { Value = (object?)Language ?? DBNull.Value },
    ];
}
