using System.Globalization;

namespace CountryRelations.Dates;

/// <summary>The one date notation of the project's interfaces (GraphQL, CLI, manifests, cursors, hashes): ISO-8601 <c>yyyy-MM-dd</c>.</summary>
public static class IsoDate
{
    private const string Pattern = "yyyy-MM-dd";

    /// <summary>Reads <paramref name="text"/> as a calendar date, nothing else accepted.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Writes <paramref name="date"/> as <c>yyyy-MM-dd</c>.</summary>
    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
