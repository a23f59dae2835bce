using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL.PersistedDocuments;

namespace CountryRelations.Api.PersistedDocuments;

/// <summary>
/// The front end's operations, allowed by hash: <c>persisted-documents.json</c> maps <c>sha256:&lt;hex&gt;</c> to the
/// document text. A request may send <c>documentId</c> instead of <c>query</c>; with <c>PersistedDocuments:Only</c>, it
/// must. Every key is checked against its text when the file is loaded, so the list cannot drift from its hashes.
/// </summary>
public sealed class PersistedDocumentStore : IPersistedDocumentLoader
{
    /// <summary>The allow-list file, shipped next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "PersistedDocuments", "persisted-documents.json");

    private readonly FrozenDictionary<string, string> _documents;

    public PersistedDocumentStore() : this(DefaultPath)
    {
    }

    public PersistedDocumentStore(string path)
    {
        var documents = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [];
        foreach (var (id, text) in documents)
        {
            if (id != IdOf(text))
            {
                throw new InvalidOperationException($"{path}: {id} is not the SHA-256 of its document (expected {IdOf(text)}).");
            }
        }

        _documents = documents.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every allowed document by id.</summary>
    public IReadOnlyDictionary<string, string> Documents => _documents;

    /// <summary>The id of <paramref name="document"/>: <c>sha256:</c> and the lower-case hex SHA-256 of its UTF-8 text.</summary>
    public static string IdOf(string document) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix == "sha256" ? _documents.GetValueOrDefault("sha256:" + documentIdPayload) : null);
}
