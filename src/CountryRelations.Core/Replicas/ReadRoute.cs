namespace CountryRelations.Replicas;

/// <summary>
/// Where one request's reads may go. A mutation reads from the primary (its answer must show its own write); a
/// client that has just written carries the primary's write position, and a standby serves it only once it has
/// replayed that far.
/// </summary>
public sealed class ReadRoute
{
    /// <summary>True when every read of the request goes to the primary.</summary>
    public bool Primary { get; set; }

    /// <summary>True when the request is a mutation: it reads from the primary, and its client is handed the write position.</summary>
    public bool Writes { get; private set; }

    /// <summary>Marks the request as a mutation.</summary>
    public void Write() => Writes = Primary = true;

    /// <summary>The primary's write-ahead log position (e.g. <c>0/3000148</c>) a standby must have replayed to serve this request.</summary>
    public WritePosition? ReadAfter { get; init; }
}
