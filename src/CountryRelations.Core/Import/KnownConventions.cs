using CountryRelations.Publishers;

namespace CountryRelations.Import;

/// <summary>The conventions of the shipped registry (<see cref="ForeignMinistries"/>), for reading pages without a database.</summary>
public static class KnownConventions
{
    /// <summary>Every shipped publisher's conventions.</summary>
    public static IReadOnlyList<PublisherConventions> All { get; } = ForeignMinistries.All.Select(d => new PublisherConventions(d)).ToList();

    /// <summary>The conventions for <paramref name="publisherCode"/> among <paramref name="publishers"/> (default: the shipped ones), if known.</summary>
    public static PublisherConventions? For(string? publisherCode, IReadOnlyList<PublisherConventions>? publishers = null) =>
        (publishers ?? All).FirstOrDefault(c => string.Equals(c.PublisherCode, publisherCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>The publisher among <paramref name="publishers"/> (default: the shipped ones) that claims <paramref name="address"/> most specifically.</summary>
    public static PublisherConventions? Claiming(Uri address, IReadOnlyList<PublisherConventions>? publishers = null) =>
        (publishers ?? All).Select(c => (Conventions: c, Claim: c.Claim(address))).Where(c => c.Claim > 0)
            .OrderByDescending(c => c.Claim).Select(c => c.Conventions).FirstOrDefault();
}
