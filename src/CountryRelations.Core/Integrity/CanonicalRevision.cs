using CountryRelations.Profiles;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using CountryRelations.Revisions;
using CountryRelations.Dates;

namespace CountryRelations.Integrity;

/// <summary>
/// The canonical form of a revision's content: compact UTF-8 JSON, properties in a fixed order, dates as
/// yyyy-MM-dd, non-ASCII text written as is. Its SHA-256 is the revision's <c>content_sha256</c>, and it includes
/// the previous revision's hash, so each profile's revisions form a chain. System time is left out: the database
/// stamps it after the hash is taken, and a correction later closes it.
/// </summary>
public static class CanonicalRevision
{
    /// <summary>Identifies this layout; a future layout gets a new name and old rows keep theirs.</summary>
    public const string Format = "countryrelations/revision/v1";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The canonical bytes of <paramref name="revision"/> in profile <paramref name="key"/>, chained to <paramref name="previousSha256"/>.</summary>
    public static byte[] Content(Revision revision, ProfileKey key, string? previousSha256)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            WriteContent(writer, revision, key, previousSha256);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public static string Hash(Revision revision, ProfileKey key, string? previousSha256) =>
        Convert.ToHexStringLower(SHA256.HashData(Content(revision, key, previousSha256)));

    /// <summary>Writes the canonical properties into an open JSON object (exports add their own around them).</summary>
    public static void WriteContent(Utf8JsonWriter writer, Revision revision, ProfileKey key, string? previousSha256)
    {
        writer.WriteString("format", Format);
        writer.WriteString("publisher", key.PublisherCode);
        writer.WriteString("country", key.CountryCode);
        writer.WriteString("language", key.Language);
        writer.WriteNumber("sequence", revision.Sequence);
        writer.WriteString("kind", revision.Kind.ToString());
        writer.WriteString("publishedOn", IsoDate.Format(revision.PublishedOn));
        if (revision.DatePrecision != Dates.DatePrecision.Day)
        {
            // Only when not a day, so that every revision hashed before precision existed hashes the same.
            writer.WriteString("datePrecision", revision.DatePrecision.ToString());
        }

        writer.WriteString("effectiveFrom", IsoDate.Format(revision.EffectiveFrom));
        if (revision.CorrectsRevisionId is { } corrects)
        {
            writer.WriteNumber("correctsRevisionId", corrects);
        }
        else
        {
            writer.WriteNull("correctsRevisionId");
        }

        writer.WriteString("sourceUrl", revision.SourceUrl);
        writer.WriteString("sourceSha256", revision.SourceSha256);
        writer.WriteString("recordedBy", revision.RecordedBy);
        writer.WriteString("changeNote", revision.ChangeNote);
        writer.WriteStartArray("sections");
        foreach (var section in revision.Sections.OrderBy(s => s.Position))
        {
            writer.WriteStartObject();
            writer.WriteString("heading", section.Heading);
            writer.WriteString("topic", section.Topic.ToString());
            writer.WriteString("body", section.Body);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("previousSha256", previousSha256);
    }
}
