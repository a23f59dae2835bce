using CountryRelations.Profiles;
using System.Security.Cryptography;
using System.Text;

namespace CountryRelations.Integrity;

/// <summary>
/// Signs and checks chain checkpoints with an ECDSA P-256 key kept outside the database (a PEM file, owner-only,
/// created on first use). Auditors check checkpoints with the public key alone (<see cref="PublicKeyPem"/>). Keys
/// can be rotated (<see cref="Rotate"/>): a retired key's public half is kept in <see cref="RetiredFolder"/> beside
/// the key file, so checkpoints it signed still verify, each by its key id, while new ones are signed with the new key.
/// </summary>
public sealed class CheckpointSigner : IDisposable
{
    /// <summary>The folder, beside the key file, that holds retired keys' public halves (<c>KEYID.pem</c>).</summary>
    public const string RetiredFolder = "retired-checkpoint-keys";

    private readonly ECDsa _key;
    private readonly Dictionary<string, ECDsa> _retired;

    private CheckpointSigner(ECDsa key, Dictionary<string, ECDsa> retired)
    {
        _key = key;
        _retired = retired;
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        KeyId = IdOf(key);
    }

    /// <summary>The public key, PEM (SubjectPublicKeyInfo).</summary>
    public string PublicKeyPem { get; }

    /// <summary>The first 16 hex characters of the SHA-256 of the public key.</summary>
    public string KeyId { get; }

    /// <summary>The ids of retired keys whose checkpoints still verify.</summary>
    public IReadOnlyCollection<string> RetiredKeyIds => _retired.Keys;

    /// <summary>The signer with the private key in <paramref name="path"/>, created (owner-only) when missing, and the retired keys beside it.</summary>
    public static CheckpointSigner FromFile(string path)
    {
        var key = ECDsa.Create();
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            key.GenerateKey(ECCurve.NamedCurves.nistP256);
            OwnerOnlyFile.Create(path, key.ExportPkcs8PrivateKeyPem());
        }

        return new CheckpointSigner(key, Retired(path));
    }

    /// <summary>
    /// Retires the key in <paramref name="path"/> (its public half kept in <see cref="RetiredFolder"/>, the private
    /// half destroyed) and puts a new one in its place. Returns the old and new key ids. Every instance must be given
    /// the new file; until restarted, an instance still signs with the old key, whose checkpoints keep verifying.
    /// </summary>
    public static (string Retired, string Current) Rotate(string path)
    {
        using var old = ECDsa.Create();
        old.ImportFromPem(File.ReadAllText(path));
        var folder = RetiredFolderOf(path);
        var retired = Path.Combine(folder, IdOf(old) + ".pem");
        Directory.CreateDirectory(folder);
        File.WriteAllText(retired, old.ExportSubjectPublicKeyInfoPem());

        using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var next = path + ".next";
        File.Delete(next);
        OwnerOnlyFile.Create(next, fresh.ExportPkcs8PrivateKeyPem());
        File.Move(next, path, overwrite: true);
        return (IdOf(old), IdOf(fresh));
    }

    private static string RetiredFolderOf(string keyPath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(keyPath))!, RetiredFolder);

    private static string IdOf(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];

    private static Dictionary<string, ECDsa> Retired(string path)
    {
        var folder = RetiredFolderOf(path);
        var keys = new Dictionary<string, ECDsa>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return keys;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.pem"))
        {
            var key = ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(file));
            keys[IdOf(key)] = key;
        }

        return keys;
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

    /// <summary>True when <paramref name="checkpoint"/> was signed for <paramref name="profile"/> by this key or a retired one, as its key id says.</summary>
    public bool Verify(ChainCheckpoint checkpoint, ProfileKey profile)
    {
        try
        {
            var key = checkpoint.KeyId == KeyId ? _key : _retired.GetValueOrDefault(checkpoint.KeyId);
            return key is not null && key.VerifyData(
                Statement(profile, checkpoint.Sequence, checkpoint.HeadSeal, checkpoint.SignedAt), Convert.FromBase64String(checkpoint.Signature), HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _key.Dispose();
        foreach (var key in _retired.Values)
        {
            key.Dispose();
        }
    }
}
