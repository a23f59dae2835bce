namespace CountryRelations.Integrity;

/// <summary>
/// A signed statement that a profile's chain had <see cref="Sequence"/> rows ending in <see cref="HeadSeal"/> at
/// <see cref="SignedAt"/>. Signed with an ECDSA P-256 key the database does not hold, so an administrator can
/// delete rows but cannot make a shorter chain look complete.
/// </summary>
public sealed class ChainCheckpoint
{
    public long Id { get; init; }

    public long ProfileId { get; init; }

    public int Sequence { get; init; }

    public required string HeadSeal { get; init; }

    public DateTime SignedAt { get; init; }

    /// <summary>Identifies the signing key (SHA-256 of its public key, hex, first 16 characters).</summary>
    public required string KeyId { get; init; }

    /// <summary>Base64 IEEE P1363 ECDSA P-256 signature over <see cref="CheckpointSigner.Statement"/>.</summary>
    public required string Signature { get; init; }
}
