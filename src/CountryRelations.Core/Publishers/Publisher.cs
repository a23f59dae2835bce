namespace CountryRelations.Publishers;

/// <summary>An institution that publishes country relations profiles.</summary>
public sealed class Publisher
{
    public int Id { get; init; }

    /// <summary>Short code used in queries, e.g. <c>FR-MFA</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Full name.</summary>
    public required string Name { get; init; }

    /// <summary>The publisher's web site.</summary>
    public string? Website { get; init; }
}
