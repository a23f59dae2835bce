using CountryRelations.Errors;
using CountryRelations.Countries;
using CountryRelations.Dates;

namespace CountryRelations.Import;

/// <summary>
/// <c>manifest.tsv</c> beside archived pages: per file, the publisher, language, country, date and source the
/// pages themselves may not state (columns in that order after the file name; empty cells mean "from the page").
/// </summary>
public sealed class ImportManifest
{
    /// <summary>The file name looked for in an imported folder.</summary>
    public const string FileName = "manifest.tsv";

    private readonly Dictionary<string, ImportRequest> _entries;

    private ImportManifest(Dictionary<string, ImportRequest> entries) => _entries = entries;

    /// <summary>An empty manifest.</summary>
    public static ImportManifest None { get; } = new(new Dictionary<string, ImportRequest>(StringComparer.Ordinal));

    /// <summary>Reads <c>manifest.tsv</c> in <paramref name="folder"/>, or returns <see cref="None"/>.</summary>
    public static async Task<ImportManifest> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return None;
        }

        var entries = new Dictionary<string, ImportRequest>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t').Select(c => c.Trim()).Select(c => c.Length == 0 ? null : c).ToArray();
            string? Cell(int i) => i < cells.Length ? cells[i] : null;
            DateOnly? date = Cell(4) is { } text
                ? IsoDate.TryParse(text, out var parsed)
                    ? parsed
                    : throw new DomainException(ErrorCodes.InvalidDate, $"{path}:{number}: \"{text}\" is not a date (YYYY-MM-DD).")
                : null;
            entries[Cell(0) ?? ""] = new ImportRequest(Cell(0) ?? "", [], Publisher: Cell(1), Language: Cell(2), Country: Cell(3), PublishedOn: date, Source: Cell(5));
        }

        return new ImportManifest(entries);
    }

    /// <summary>Fills what <paramref name="request"/> leaves open from the manifest's line for its file.</summary>
    public ImportRequest Complete(ImportRequest request) =>
        _entries.TryGetValue(Path.GetFileName(request.Name), out var entry)
            ? request with
            {
                Publisher = request.Publisher ?? entry.Publisher,
                Language = request.Language ?? entry.Language,
                Country = request.Country ?? entry.Country,
                PublishedOn = request.PublishedOn ?? entry.PublishedOn,
                Source = request.Source ?? entry.Source,
            }
            : request;
}
