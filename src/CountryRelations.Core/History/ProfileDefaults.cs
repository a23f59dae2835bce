using CountryRelations.Publishers;

namespace CountryRelations.History;

/// <summary>What a query means when it leaves out the publisher or the language (configuration section <c>Defaults</c>).</summary>
public sealed record ProfileDefaults
{
    public string Publisher { get; init; } = KnownPublishers.FrenchForeignMinistry;

    public string Language { get; init; } = "en";
}
