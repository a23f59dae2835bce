using System.Security.Cryptography;
using CountryRelations.History;
using CountryRelations.Import;
using CountryRelations.Publishers;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// Loads the reference profile (French foreign ministry, France and North Korea, updated 23/03/2016) into an
/// empty store, so a fresh server answers the README's queries.
/// </summary>
public sealed class ReferenceProfileSeeder(RevisionStore store, AsOfQuery asOf, ProfileKeyResolver resolver,
    Microsoft.EntityFrameworkCore.IDbContextFactory<CountryRelations.Persistence.CountryRelationsDbContext> contexts, ILogger<ReferenceProfileSeeder> logger)
{
    /// <summary>The sample file, shipped next to the binaries.</summary>
    public const string SampleFile = "samples/fr-en_north-korea_2016-03-23.txt";

    private const string SourceUrl = "https://www.diplomatie.gouv.fr/en/country-files/north-korea/france-and-north-korea/";

    /// <summary>Publishes the reference page unless its profile already has a revision.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var selector = new ProfileSelector("KP", KnownPublishers.FrenchForeignMinistry, "en");
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await resolver.FindProfileAsync(db, selector, cancellationToken) is { } profile
                && (await asOf.TimelineAsync(profile.Id, null, null, DateTime.UtcNow, cancellationToken)).Count > 0)
            {
                return;
            }
        }

        var path = Path.Combine(AppContext.BaseDirectory, SampleFile);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var page = PlainTextPageReader.Read(System.Text.Encoding.UTF8.GetString(bytes));
        var revision = await store.PublishAsync(
            new PublishRevisionCommand(
                selector,
                page.PublishedOn ?? throw new InvalidOperationException($"{SampleFile} states no date."),
                page.Sections,
                new Provenance("countryrelations seed", SourceUrl, Convert.ToHexStringLower(SHA256.HashData(bytes)), "Reference profile loaded at first start.")),
            cancellationToken);
        logger.LogInformation("Loaded the reference profile: revision {Id} published on {PublishedOn}.", revision.Id, revision.PublishedOn);
    }
}
