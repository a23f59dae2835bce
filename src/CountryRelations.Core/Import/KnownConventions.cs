namespace CountryRelations.Import;

/// <summary>The publishers whose pages the readers know.</summary>
public static class KnownConventions
{
    public static IReadOnlyList<PublisherConventions> All { get; } = [new FrenchForeignMinistryConventions(), new StateDepartmentConventions()];

    /// <summary>The conventions for <paramref name="publisherCode"/>, if known.</summary>
    public static PublisherConventions? For(string? publisherCode) =>
        All.FirstOrDefault(c => string.Equals(c.PublisherCode, publisherCode, StringComparison.OrdinalIgnoreCase));
}
