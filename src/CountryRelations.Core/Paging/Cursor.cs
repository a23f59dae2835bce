using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CountryRelations.Errors;
using CountryRelations.Dates;

namespace CountryRelations.Paging;

/// <summary>
/// Opaque keyset cursors: the sort key of an item and the name of the list it belongs to, as base64url JSON.
/// Clients must not build them; a cursor of another list, or anything that is not a cursor, is <c>INVALID_CURSOR</c>.
/// </summary>
public static class Cursor
{
    /// <summary>The cursor of an item of <paramref name="list"/> whose sort key is <paramref name="key"/>.</summary>
    public static string Encode(string list, params string[] key) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] { list }.Concat(key).ToArray()));

    /// <summary>The cursor of an item keyed by a date and a number (e.g. effective date and id).</summary>
    public static string EncodeDated(string list, DateOnly date, long number) =>
        Encode(list, IsoDate.Format(date), number.ToString(CultureInfo.InvariantCulture));

    /// <summary>The date and number of a cursor made by <see cref="EncodeDated"/>.</summary>
    public static (DateOnly Date, long Number) DecodeDated(string cursor, string list)
    {
        var key = Decode(cursor, list, 2);
        return IsoDate.TryParse(key[0], out var date)
               && long.TryParse(key[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (date, number)
            : throw Invalid(cursor);
    }

    /// <summary>The sort key in <paramref name="cursor"/>, which must belong to <paramref name="list"/> and have <paramref name="parts"/> parts.</summary>
    public static string[] Decode(string cursor, string list, int parts)
    {
        string[]? decoded = null;
        try
        {
            decoded = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            // Reported below as one error for every kind of bad cursor.
        }

        if (decoded is null || decoded.Length != parts + 1 || decoded[0] != list || decoded.Any(p => p is null))
        {
            throw Invalid(cursor);
        }

        return decoded[1..];
    }

    private static DomainException Invalid(string cursor) =>
        new(ErrorCodes.InvalidCursor, $"\"{cursor}\" is not a cursor of this list; use a cursor this list returned.");
}
