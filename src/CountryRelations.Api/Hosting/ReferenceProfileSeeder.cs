using CountryRelations.Import;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// Imports the reference profile (French foreign ministry, France and North Korea, updated 23/03/2016) into the
/// store, so a fresh server answers the README's queries. Importing is idempotent: a second start stores nothing.
/// </summary>
public sealed class ReferenceProfileSeeder(DocumentImporter importer, ILogger<ReferenceProfileSeeder> logger)
{
    /// <summary>The sample file, shipped next to the binaries.</summary>
    public const string SampleFile = "samples/fr-en_north-korea_2016-03-23.txt";

    private const string SourceUrl = "https://www.diplomatie.gouv.fr/en/country-files/north-korea/france-and-north-korea/";

    /// <summary>Imports the reference page unless it is already stored; a refusal is a broken build, so it throws.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var content = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, SampleFile), cancellationToken);
        var result = await importer.ImportAsync(
            new ImportRequest(Path.GetFileName(SampleFile), content, DocumentFormat.Text, Source: SourceUrl, RecordedBy: "countryrelations seed"),
            cancellationToken);
        if (result.Outcome == ImportOutcome.Refused)
        {
            throw new InvalidOperationException($"The reference profile could not be loaded: {result.ErrorCode}: {result.Message}");
        }

        logger.LogInformation("Reference profile: {Outcome}. {Message}", result.Outcome, result.Message);
    }
}
