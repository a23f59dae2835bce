namespace CountryRelations.Import;

/// <summary>
/// The documents under files and folders to import, each with the <c>manifest.tsv</c> of its own folder, so a
/// folder of archives can keep sub-folders with manifests of their own.
/// </summary>
public static class ImportFolder
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    /// <summary>
    /// Every page document (.txt, .html) under <paramref name="paths"/>, folders searched recursively, in a stable
    /// order, with its folder's manifest; null with the path that names nothing.
    /// </summary>
    public static async Task<(IReadOnlyList<(string Path, ImportManifest Manifest)>? Documents, string? Missing)> ListAsync(
        IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                return (null, path);
            }
        }

        var manifests = new Dictionary<string, ImportManifest>(StringComparer.Ordinal);
        var documents = new List<(string, ImportManifest)>();
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!manifests.TryGetValue(folder, out var manifest))
            {
                manifests[folder] = manifest = await ImportManifest.LoadAsync(folder, cancellationToken);
            }

            documents.Add((file, manifest));
        }

        return (documents, null);
    }
}
