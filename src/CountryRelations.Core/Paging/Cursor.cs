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
    public static DatedKey DecodeDated(string cursor, string list) =>
        Decode(cursor, list, 2, key => IsoDate.TryParse(key[0], out var date)
                                       && long.TryParse(key[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? new DatedKey(date, number)
            : (DatedKey?)null);

    /// <summary>The cursor of an item keyed by a rank and an id, the rank written so that it reads back exactly.</summary>
    public static string EncodeRanked(string list, float rank, long id) =>
        Encode(list, rank.ToString("R", CultureInfo.InvariantCulture), id.ToString(CultureInfo.InvariantCulture));

    /// <summary>The rank and id of a cursor made by <see cref="EncodeRanked"/>.</summary>
    public static (float Rank, long Id) DecodeRanked(string cursor, string list) =>
        Decode(cursor, list, 2, key => float.TryParse(key[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank)
                                       && long.TryParse(key[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (rank, id)
            : ((float, long)?)null);

    /// <summary>
    /// The typed sort key of <paramref name="cursor"/>: its <paramref name="parts"/> parts read by <paramref name="read"/>,
    /// which answers null when a part is not what the list writes. Every bad cursor is the same <c>INVALID_CURSOR</c>.
    /// </summary>
    public static T Decode<T>(string cursor, string list, int parts, Func<string[], T?> read) where T : struct =>
        read(Decode(cursor, list, parts)) ?? throw Invalid(cursor);

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
