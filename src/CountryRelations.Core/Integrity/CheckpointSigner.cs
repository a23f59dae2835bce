using CountryRelations.Profiles;
using System.Security.Cryptography;
using System.Text;

namespace CountryRelations.Integrity;

/// <summary>
/// Signs and checks chain checkpoints with an ECDSA P-256 key kept outside the database (a PEM file, owner-only,
/// created on first use). Auditors check checkpoints with the public key alone (<see cref="PublicKeyPem"/>).
/// </summary>
public sealed class CheckpointSigner : IDisposable
{
    private readonly ECDsa _key;

    private CheckpointSigner(ECDsa key)
    {
        _key = key;
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
    }

    /// <summary>The public key, PEM (SubjectPublicKeyInfo).</summary>
    public string PublicKeyPem { get; }

    /// <summary>The first 16 hex characters of the SHA-256 of the public key.</summary>
    public string KeyId { get; }

    /// <summary>The signer with the private key in <paramref name="path"/>, created (owner-only) when missing.</summary>
    public static CheckpointSigner FromFile(string path)
    {
        var key = ECDsa.Create();
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
            return new CheckpointSigner(key);
        }

        key.GenerateKey(ECCurve.NamedCurves.nistP256);
        OwnerOnlyFile.Create(path, key.ExportPkcs8PrivateKeyPem());
        return new CheckpointSigner(key);
    }

    /// <summary>The signed bytes: the profile, the chain's length and head seal, the instant.</summary>
    public static byte[] Statement(ProfileKey profile, int sequence, string headSeal, DateTime signedAt) =>
        Encoding.UTF8.GetBytes(string.Join('\n', "countryrelations/checkpoint/v1", profile.PublisherCode, profile.CountryCode, profile.Language,
            sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), headSeal, RecordSeal.Instant(signedAt)));

    /// <summary>A checkpoint of <paramref name="profileId"/>'s chain, <paramref name="sequence"/> rows long, ending in <paramref name="headSeal"/>.</summary>
    public ChainCheckpoint Sign(long profileId, ProfileKey profile, int sequence, string headSeal, DateTime signedAt) => new()
    {
        ProfileId = profileId,
        Sequence = sequence,
        HeadSeal = headSeal,
        SignedAt = signedAt,
        KeyId = KeyId,
        Signature = Convert.ToBase64String(_key.SignData(Statement(profile, sequence, headSeal, signedAt), HashAlgorithmName.SHA256)),
    };

    /// <summary>True when <paramref name="checkpoint"/> was signed by this key for <paramref name="profile"/>.</summary>
    public bool Verify(ChainCheckpoint checkpoint, ProfileKey profile)
    {
        try
        {
            return checkpoint.KeyId == KeyId && _key.VerifyData(
                Statement(profile, checkpoint.Sequence, checkpoint.HeadSeal, checkpoint.SignedAt), Convert.FromBase64String(checkpoint.Signature), HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public void Dispose() => _key.Dispose();
}
