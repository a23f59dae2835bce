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
            t.HasCheckConstraint("ck_revisions_date_precision", "date_precision IN ('Day', 'Month', 'Year')");
            t.HasCheckConstraint("ck_revisions_previous_sha256", "previous_sha256 IS NULL OR previous_sha256 ~ '^[0-9a-f]{64}$'");
        });
        builder.Ignore(r => r.RecordedAt);
        builder.Ignore(r => r.SupersededAt);
        builder.Property(r => r.Id).HasColumnName(RevisionColumns.Id).UseIdentityByDefaultColumn();
        builder.Property(r => r.ProfileId).HasColumnName(RevisionColumns.ProfileId);
        builder.Property(r => r.Sequence).HasColumnName(RevisionColumns.Sequence);
        builder.Property(r => r.Kind).HasColumnName(RevisionColumns.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.PublishedOn).HasColumnName(RevisionColumns.PublishedOn);
        builder.Property(r => r.EffectiveFrom).HasColumnName(RevisionColumns.EffectiveFrom);
        builder.Property(r => r.DatePrecision).HasColumnName(RevisionColumns.DatePrecision).HasConversion<string>().HasMaxLength(10)
            .HasDefaultValue(Dates.DatePrecision.Day).HasSentinel((Dates.DatePrecision)(-1));

        // The database stamps system time (trigger), so clients can't backdate what they record.
        builder.Property(r => r.SystemPeriod).HasColumnName(RevisionColumns.SystemPeriod)
            .HasDefaultValueSql("tstzrange(transaction_timestamp(), NULL, '[)')");
        builder.Property(r => r.CorrectsRevisionId).HasColumnName(RevisionColumns.CorrectsRevisionId);
        builder.Property(r => r.SourceUrl).HasColumnName(RevisionColumns.SourceUrl);
        builder.Property(r => r.SourceSha256).HasColumnName(RevisionColumns.SourceSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.ContentSha256).HasColumnName(RevisionColumns.ContentSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.PreviousSha256).HasColumnName(RevisionColumns.PreviousSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.SealSha256).HasColumnName(RevisionColumns.SealSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.RecordedBy).HasColumnName(RevisionColumns.RecordedBy);
        builder.Property(r => r.ChangeNote).HasColumnName(RevisionColumns.ChangeNote);

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
