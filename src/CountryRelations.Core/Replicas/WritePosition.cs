using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CountryRelations.Replicas;

/// <summary>
/// A position in PostgreSQL's write-ahead log (<c>pg_lsn</c>, written <c>XXXXXXXX/XXXXXXXX</c> in hex): what a client
/// is given after a write and sends back, so its next reads see that write even on a standby.
/// </summary>
public readonly record struct WritePosition(ulong Value)
{
    /// <summary>Reads the text form; anything else (a client can send anything) is no position.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out WritePosition? position)
    {
        position = null;
        var slash = text?.IndexOf('/') ?? -1;
        if (text is null || text.Length > 17 || slash is < 1 or > 8 || text.Length - slash - 1 is < 1 or > 8
            || !uint.TryParse(text.AsSpan(0, slash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var high)
            || !uint.TryParse(text.AsSpan(slash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low))
        {
            return false;
        }

        position = new WritePosition(((ulong)high << 32) | low);
        return true;
    }

    /// <summary>The text form PostgreSQL reads as <c>pg_lsn</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value >> 32:X}/{Value & 0xFFFFFFFF:X}");
}
