using CountryRelations.Errors;
using CountryRelations.Import;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// Imports the sample pages shipped next to the binaries (the reference profile, France and North Korea updated
/// 23/03/2016, seven more, two of which are later revisions of the same profiles, and the layout variants under
/// <c>variants/</c>) with nothing but their source addresses and, where a page states none, a date from the manifests,
/// so a fresh server answers the README's queries, comparisons included. Importing is idempotent: a second start
/// stores nothing.
/// </summary>
public sealed class SampleProfilesSeeder(DocumentImporter importer, ILogger<SampleProfilesSeeder> logger)
{
    /// <summary>The folder of sample pages and their manifest, shipped next to the binaries.</summary>
    public static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>
    /// Imports every sample page not already stored. A refusal is a broken build, so it throws — except when the
    /// history already holds another text of the same page under the same date (an operator captured or imported the
    /// live page since): what is stored stays, and the start goes on with a warning.
    /// </summary>
    public Task SeedAsync(CancellationToken cancellationToken = default) => SeedAsync(SampleFolder, cancellationToken);

    /// <summary>Imports the pages of <paramref name="folder"/> as <see cref="SeedAsync(CancellationToken)"/> does the samples.</summary>
    public async Task SeedAsync(string folder, CancellationToken cancellationToken)
    {
        var (documents, _) = await ImportFolder.ListAsync([folder], cancellationToken);
        foreach (var (path, manifest) in documents!)
        {
            var request = manifest.Complete(new ImportRequest(
                Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken), DocumentFormat.Text, RecordedBy: "countryrelations seed"));
            var result = await importer.ImportAsync(request, cancellationToken);
            if (result is { Outcome: ImportOutcome.Refused, ErrorCode: ErrorCodes.CaptureDateRequired })
            {
                logger.LogWarning("Sample {Name} not loaded: {Message} The stored history is kept.", result.Name, result.Message);
                continue;
            }

            if (result.Outcome == ImportOutcome.Refused)
            {
                throw new InvalidOperationException($"The sample page {result.Name} could not be loaded: {result.ErrorCode}: {result.Message}");
            }

            logger.LogInformation("Sample {Name}: {Outcome}. {Message}", result.Name, result.Outcome, result.Message);
        }
    }
}
