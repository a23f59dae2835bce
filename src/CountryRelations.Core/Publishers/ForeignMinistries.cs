using System.Text.Json;

namespace CountryRelations.Publishers;

/// <summary>The shipped registry of foreign ministries (<c>foreign-ministries.json</c>, with its sources).</summary>
public static class ForeignMinistries
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every shipped publisher, in file order.</summary>
    public static IReadOnlyList<PublisherDefinition> All { get; } = Load();

    /// <summary>The shipped publisher with <paramref name="code"/>, if any.</summary>
    public static PublisherDefinition? Find(string code) => All.FirstOrDefault(p => p.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    private static List<PublisherDefinition> Load()
    {
        using var stream = typeof(ForeignMinistries).Assembly.GetManifestResourceStream("CountryRelations.Publishers.foreign-ministries.json")
            ?? throw new InvalidOperationException("foreign-ministries.json is not embedded in the assembly.");
        return JsonSerializer.Deserialize<Registry>(stream, Json)?.Publishers ?? throw new InvalidOperationException("foreign-ministries.json is empty.");
    }

    private sealed record Registry(string About, List<PublisherDefinition> Publishers);
}
