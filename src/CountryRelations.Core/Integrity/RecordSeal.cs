using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CountryRelations.Integrity;

/// <summary>
/// The seal of a recorded row: SHA-256 over its content hash, the instant it was recorded (stamped by the database
/// in the write's own transaction, read before hashing), what a correction closes (the corrected row and its
/// content hash, closed at that same instant), and the previous row's seal. Backdating a row or closing one
/// without a correction no longer goes unseen, and checkpoints signing the newest seal cover all of it.
/// </summary>
public static class RecordSeal
{
    /// <summary>Identifies this layout.</summary>
    public const string Format = "countryrelations/seal/v1";

    /// <summary>The lower-case hex seal.</summary>
    public static string Compute(string contentSha256, DateTime recordedAt, string? closes, string? previousSeal) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', Format, contentSha256, Instant(recordedAt), closes ?? "", previousSeal ?? ""))));

    /// <summary>What a correction of <paramref name="correctedId"/> (content <paramref name="correctedSha256"/>) closes.</summary>
    public static string Closes(long correctedId, string? correctedSha256) => $"{correctedId}:{correctedSha256}";

    /// <summary>Microseconds, UTC: PostgreSQL's precision, so the stored instant reproduces the seal.</summary>
    public static string Instant(DateTime instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
