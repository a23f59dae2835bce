using CountryRelations.History;
using CountryRelations.Import;

namespace CountryRelations.Capture;

/// <summary>What became of one WARC record.</summary>
public sealed record WarcRecordResult(string? TargetUri, DateTime? Date, string Type, string Outcome, string Message, string? ErrorCode = null);

/// <summary>
/// Imports the HTML (or text) responses with status 200 of WARC files through the importer, each as captured on its
/// WARC-Date; revisits are unchanged pages; other records are skipped. Reported per record.
/// </summary>
public sealed class WarcImport(DocumentImporter importer)
{
    /// <summary>Every record of <paramref name="input"/> with what became of it.</summary>
    public async IAsyncEnumerable<WarcRecordResult> ImportAsync(
        Stream input, string name, bool dryRun = false, string? publisher = null, string? country = null, string? language = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var record in WarcReader.ReadAsync(input, HistoryLimits.MaxDocumentBytes, cancellationToken))
        {
            if (record.Type == "revisit")
            {
                yield return new WarcRecordResult(record.TargetUri, record.Date, record.Type, CaptureOutcome.Unchanged.ToString(), "A revisit: the page had not changed.");
                continue;
            }

            if (record.Type != "response" || record.SkippedBecause is not null || record.HttpStatus != 200
                || record.ContentType is { } type && !type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
                || record.Body is null || record.TargetUri is null)
            {
                yield return new WarcRecordResult(record.TargetUri, record.Date, record.Type, "SKIPPED",
                    record.SkippedBecause ?? (record.Type != "response" ? $"A {record.Type} record." : $"HTTP {record.HttpStatus}, {record.ContentType ?? "no content type"}."));
                continue;
            }

            var result = await importer.ImportAsync(
                new ImportRequest($"{name}: {record.TargetUri} at {record.Date:yyyy-MM-ddTHH:mm:ssZ}", PageFetcher.ToUtf8(record.Body, record.ContentType),
                    Publisher: publisher, Language: language, Country: country,
                    CapturedOn: record.Date is { } date ? DateOnly.FromDateTime(date) : null, Source: record.TargetUri, DryRun: dryRun, RecordedBy: CaptureService.RecordedBy),
                cancellationToken);
            yield return new WarcRecordResult(record.TargetUri, record.Date, record.Type, result.Outcome.ToString(), result.Message, result.ErrorCode);
        }
    }
}
