using CountryRelations.Integrity;
using CountryRelations.Profiles;

namespace CountryRelations.Tests.Integrity;

/// <summary>Checkpoint keys rotate: what a retired key signed still verifies by its key id; nothing else does.</summary>
public sealed class CheckpointSignerTests
{
    private static readonly ProfileKey Profile = new("FR-MFA", "KP", "en");

    [Fact]
    public void After_a_rotation_old_checkpoints_verify_by_their_key_id_and_new_ones_are_signed_with_the_new_key()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("checkpoint-key-").FullName, "checkpoint-key.pem");
        ChainCheckpoint old;
        string oldId;
        using (var first = CheckpointSigner.FromFile(path))
        {
            old = first.Sign(1, Profile, 3, new string('a', 64), new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
            oldId = first.KeyId;
        }

        var (retired, current) = CheckpointSigner.Rotate(path);
        using var rotated = CheckpointSigner.FromFile(path);
        var fresh = rotated.Sign(1, Profile, 4, new string('b', 64), new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(oldId, retired);
        Assert.Equal(current, rotated.KeyId);
        Assert.NotEqual(oldId, rotated.KeyId);
        Assert.Equal([oldId], rotated.RetiredKeyIds);
        Assert.True(rotated.Verify(old, Profile));
        Assert.True(rotated.Verify(fresh, Profile));
        Assert.DoesNotContain("PRIVATE", File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, CheckpointSigner.RetiredFolder, oldId + ".pem")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_under_an_unknown_key_id_or_altered_under_a_retired_one_does_not_verify()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("checkpoint-key-").FullName, "checkpoint-key.pem");
        ChainCheckpoint old;
        using (var first = CheckpointSigner.FromFile(path))
        {
            old = first.Sign(1, Profile, 3, new string('a', 64), new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        CheckpointSigner.Rotate(path);
        using var rotated = CheckpointSigner.FromFile(path);

        Assert.False(rotated.Verify(new ChainCheckpoint { ProfileId = 1, Sequence = 3, HeadSeal = old.HeadSeal, SignedAt = old.SignedAt, KeyId = "ffffffffffffffff", Signature = old.Signature }, Profile));
        Assert.False(rotated.Verify(new ChainCheckpoint { ProfileId = 1, Sequence = 4, HeadSeal = old.HeadSeal, SignedAt = old.SignedAt, KeyId = old.KeyId, Signature = old.Signature }, Profile));
        Assert.False(rotated.Verify(old, new ProfileKey("FR-MFA", "SN", "en")));
    }
}
