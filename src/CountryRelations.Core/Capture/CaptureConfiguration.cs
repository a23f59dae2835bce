using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Capture;

/// <summary>Maps <see cref="Source"/> to <c>sources</c>.</summary>
public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("sources", t => t.HasCheckConstraint("ck_sources_every", "every_seconds >= 60"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(s => s.Url).HasColumnName("url");
        builder.Property(s => s.Publisher).HasColumnName("publisher");
        builder.Property(s => s.Country).HasColumnName("country");
        builder.Property(s => s.Language).HasColumnName("language");
        builder.Property(s => s.EverySeconds).HasColumnName("every_seconds");
        builder.Property(s => s.Enabled).HasColumnName("enabled");
        builder.Property(s => s.NextCheckAt).HasColumnName("next_check_at");
        builder.Property(s => s.ETag).HasColumnName("etag");
        builder.Property(s => s.LastModified).HasColumnName("last_modified");
        builder.Property(s => s.LastSha256).HasColumnName("last_sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(s => s.BackfillCursor).HasColumnName("backfill_cursor").HasMaxLength(14);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
        builder.HasIndex(s => s.Url).IsUnique();
        // The scheduler's question: enabled sources due now, oldest due first.
        builder.HasIndex(s => s.NextCheckAt).HasFilter("enabled").HasDatabaseName("ix_sources_due");
    }
}

/// <summary>Maps <see cref="CaptureAttempt"/> to <c>capture_attempts</c>.</summary>
public sealed class CaptureAttemptConfiguration : IEntityTypeConfiguration<CaptureAttempt>
{
    public void Configure(EntityTypeBuilder<CaptureAttempt> builder)
    {
        builder.ToTable("capture_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(a => a.SourceId).HasColumnName("source_id");
        builder.Property(a => a.AttemptedAt).HasColumnName("attempted_at");
        builder.Property(a => a.Trigger).HasColumnName("trigger").HasMaxLength(16);
        builder.Property(a => a.Url).HasColumnName("url");
        builder.Property(a => a.HttpStatus).HasColumnName("http_status");
        builder.Property(a => a.ETag).HasColumnName("etag");
        builder.Property(a => a.LastModified).HasColumnName("last_modified");
        builder.Property(a => a.Bytes).HasColumnName("bytes");
        builder.Property(a => a.Sha256).HasColumnName("sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.DurationMs).HasColumnName("duration_ms");
        builder.Property(a => a.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ErrorCode).HasColumnName("error_code");
        builder.Property(a => a.Reason).HasColumnName("reason");
        builder.Property(a => a.RevisionId).HasColumnName("revision_id");
        builder.Property(a => a.ArchiveTimestamp).HasColumnName("archive_timestamp").HasMaxLength(14);
        builder.HasOne<Source>().WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Revisions.Revision>().WithMany().HasForeignKey(a => a.RevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SourceId, a.Id });
    }
}
