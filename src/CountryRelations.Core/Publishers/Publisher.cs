namespace CountryRelations.Publishers;

/// <summary>An institution that publishes country relations profiles: a row, registered or amended by editors.</summary>
public sealed class Publisher
{
    public int Id { get; init; }

    /// <summary>Short code used in queries, e.g. <c>FR-MFA</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Full name.</summary>
    public required string Name { get; set; }

    /// <summary>The publisher's web site.</summary>
    public string? Website { get; set; }

    /// <summary>The government it speaks for (ISO 3166-1 alpha-2); never the subject of one of its pages.</summary>
    public string? Government { get; set; }

    /// <summary>Where its pages are served (<see cref="HostPattern"/>): its own site, archives, embassies, mirrors.</summary>
    public string[] Hosts { get; set; } = [];

    /// <summary>The languages it publishes in (ISO 639-1), most used first.</summary>
    public string[] Languages { get; set; } = [];

    /// <summary>Its page conventions (JSON, <see cref="PageConventions"/>) where generic rules do not suffice; null: the shipped ones, if any.</summary>
    public string? Conventions { get; set; }

    /// <summary>Where the facts about it came from.</summary>
    public string? Source { get; set; }
}
