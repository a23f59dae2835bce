using System.Text;
using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>Imports sample pages under a test's own publisher, through the real importer and the manifest's dates.</summary>
public static class SampleImports
{
    /// <summary>How many sample pages ship (every folder's), as the seed loads them.</summary>
    public static async Task<int> CountAsync()
    {
        var (documents, _) = await ImportFolder.ListAsync([Path.Combine(AppContext.BaseDirectory, "samples")]);
        return documents!.Count;
    }

    public static async Task<ImportResult> ImportAsync(TestServer server, string publisher, string file, DateOnly? capturedOn = null, string? content = null)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var manifest = await ImportManifest.LoadAsync(folder);
        var request = manifest.Complete(new ImportRequest(
            file,
            content is null ? await File.ReadAllBytesAsync(Path.Combine(folder, file)) : Encoding.UTF8.GetBytes(content),
            Publisher: publisher,
            CapturedOn: capturedOn,
            RecordedBy: "auditor-tests"));
        var result = await server.Services.GetRequiredService<DocumentImporter>().ImportAsync(request);
        Assert.True(result.Revision is not null, $"{file}: {result.Outcome} {result.Message}");
        return result;
    }
}
