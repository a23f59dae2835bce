using CountryRelations.Profiles;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CountryRelations.Countries;
using CountryRelations.Import;
using CountryRelations.Integrity;
using CountryRelations.Revisions;

namespace CountryRelations.Export;

/// <summary>
/// Writes a revision out for auditors' files. The output depends only on the stored, immutable row, so every call
/// gives the same bytes (UTF-8, "\n" line ends) and a file's hash can be checked against a later export.
/// </summary>
public static class RevisionExport
{
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    /// <summary>The revision (loaded with its profile, publisher and country) in <paramref name="format"/>.</summary>
    public static string Write(Revision revision, ExportFormat format) => format switch
    {
        ExportFormat.PlainText => PlainText(revision),
        ExportFormat.Json => Json(revision),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Title, then each heading and body separated by blank lines, then "Updated: dd/MM/yyyy" ("Mise à jour : …" in French).</summary>
    public static string PlainText(Revision revision)
    {
        var profile = revision.Profile;
        var country = profile.Language == "fr" ? ReadingOrder(profile.Country.NameFr) : ReadingOrder(profile.Country.NameEn);
        var title = Publishers.PublisherRegistry.ConventionsOf(profile.Publisher).PageTitle(country, profile.Language);
        var page = new StringBuilder().Append(title).Append("\n\n");
        foreach (var section in revision.Sections.OrderBy(s => s.Position))
        {
            page.Append(section.Heading).Append("\n\n").Append(section.Body.TrimEnd()).Append("\n\n");
        }

        var date = revision.PublishedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return page.Append(profile.Language == "fr" ? "Mise à jour : " : "Updated: ").Append(date).Append('\n').ToString();
    }

    /// <summary>The canonical content (see <see cref="CanonicalRevision"/>), indented, preceded by the row's id, recording time and content hash.</summary>
    public static string Json(Revision revision)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", revision.Id);
            writer.WriteString("recordedAt", revision.RecordedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("contentSha256", revision.ContentSha256);
            CanonicalRevision.WriteContent(writer, revision, ProfileKey.Of(revision.Profile), revision.PreviousSha256);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    // ISO lists "Korea, Democratic People's Republic of"; a page title says "Democratic People's Republic of Korea".
    private static string ReadingOrder(string isoName) =>
        isoName.Split(", ", 2) is [var head, var tail] ? $"{tail} {head}" : isoName;
}
