using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Integrity;

/// <summary>Maps <see cref="ChainCheckpoint"/> to <c>chain_checkpoints</c>.</summary>
public sealed class ChainCheckpointConfiguration : IEntityTypeConfiguration<ChainCheckpoint>
{
    public void Configure(EntityTypeBuilder<ChainCheckpoint> builder)
    {
        builder.ToTable("chain_checkpoints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.ProfileId).HasColumnName("profile_id");
        builder.Property(c => c.Sequence).HasColumnName("sequence");
        builder.Property(c => c.HeadSeal).HasColumnName("head_seal").HasMaxLength(64).IsFixedLength();
        builder.Property(c => c.SignedAt).HasColumnName("signed_at");
        builder.Property(c => c.KeyId).HasColumnName("key_id").HasMaxLength(16);
        builder.Property(c => c.Signature).HasColumnName("signature");
        builder.HasOne<Profiles.Profile>().WithMany().HasForeignKey(c => c.ProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ProfileId, c.Sequence });
    }
}
