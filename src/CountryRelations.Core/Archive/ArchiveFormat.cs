using System.Text;
using System.Text.Json;
using CountryRelations.Errors;

namespace CountryRelations.Archive;

/// <summary>
/// The archive's format: the whole history as JSON Lines (every publisher, profile, revision row with its sections,
/// every checkpoint, each chain's head), read and written a line at a time. <see cref="ArchiveExport"/> writes it,
/// <see cref="ArchiveRestore"/> loads it, <see cref="ChainHeads"/> keeps the heads apart.
/// </summary>
public static class ArchiveFormat
{
    /// <summary>The archive format.</summary>
    public const string Format = "countryrelations/archive/v1";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads an archive's lines one at a time.</summary>
    public static async IAsyncEnumerable<ArchiveLine> ReadAsync(Stream input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, leaveOpen: true);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (text.Length == 0)
            {
                continue;
            }

            ArchiveLine? line;
            try
            {
                line = JsonSerializer.Deserialize<ArchiveLine>(text, Json);
            }
            catch (JsonException exception)
            {
                throw new DomainException(ErrorCodes.InvalidInput, $"Line {number} of the archive is not an archive line: {exception.Message}");
            }

            if (number == 1 && line is not ArchiveHeader { Format: Format })
            {
                throw new DomainException(ErrorCodes.InvalidInput, $"Not a {Format} archive.");
            }

            yield return line ?? throw new DomainException(ErrorCodes.InvalidInput, $"Line {number} of the archive is empty JSON.");
        }
    }
}
