using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Revisions;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.ToTable("revisions", t =>
        {
            t.HasCheckConstraint("ck_revisions_sequence", "sequence > 0");
            t.HasCheckConstraint("ck_revisions_system_period", "NOT isempty(system_period) AND NOT lower_inf(system_period)");
            t.HasCheckConstraint("ck_revisions_effective_from", "effective_from >= published_on");
            t.HasCheckConstraint(
                "ck_revisions_correction",
                "(kind = 'Correction') = (corrects_revision_id IS NOT NULL)");
            t.HasCheckConstraint("ck_revisions_source_sha256", "source_sha256 IS NULL OR source_sha256 ~ '^[0-9a-f]{64}$'");
            t.HasCheckConstraint("ck_revisions_content_sha256", "content_sha256 IS NULL OR content_sha256 ~ '^[0-9a-f]{64}$'");
            t.HasCheckConstraint("ck_revisions_previous_sha256", "previous_sha256 IS NULL OR previous_sha256 ~ '^[0-9a-f]{64}$'");
        });
        builder.Ignore(r => r.RecordedAt);
        builder.Ignore(r => r.SupersededAt);
        builder.Property(r => r.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(r => r.ProfileId).HasColumnName("profile_id");
        builder.Property(r => r.Sequence).HasColumnName("sequence");
        builder.Property(r => r.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.PublishedOn).HasColumnName("published_on");
        builder.Property(r => r.EffectiveFrom).HasColumnName("effective_from");

        // The database stamps system time (trigger), so clients can't backdate what they record.
        builder.Property(r => r.SystemPeriod).HasColumnName("system_period")
            .HasDefaultValueSql("tstzrange(transaction_timestamp(), NULL, '[)')");
        builder.Property(r => r.CorrectsRevisionId).HasColumnName("corrects_revision_id");
        builder.Property(r => r.SourceUrl).HasColumnName("source_url");
        builder.Property(r => r.SourceSha256).HasColumnName("source_sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.ContentSha256).HasColumnName("content_sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.PreviousSha256).HasColumnName("previous_sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.SealSha256).HasColumnName("seal_sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.RecordedBy).HasColumnName("recorded_by");
        builder.Property(r => r.ChangeNote).HasColumnName("change_note");

        builder.HasOne(r => r.Profile).WithMany().HasForeignKey(r => r.ProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Revision>().WithMany().HasForeignKey(r => r.CorrectsRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.RevisionId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(r => new { r.ProfileId, r.Sequence }).IsUnique();

        // The as-of probe: newest effective date not after asOf, for one profile, read backwards.
        builder.HasIndex(r => new { r.ProfileId, r.EffectiveFrom, r.Sequence })
            .IsDescending(false, true, true)
            .HasDatabaseName("ix_revisions_as_of");
        // A row is corrected at most once; a second correction corrects the first.
        builder.HasIndex(r => r.CorrectsRevisionId).IsUnique();
        builder.HasIndex(r => r.PublishedOn);
        // The changes feed: revisions across profiles by effective date, read by keyset (date, id).
        builder.HasIndex(r => new { r.EffectiveFrom, r.Id }).HasDatabaseName("ix_revisions_effective");
    }
}
