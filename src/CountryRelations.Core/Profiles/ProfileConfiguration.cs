using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Profiles;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.ToTable("profiles", t => t.HasCheckConstraint("ck_profiles_language", "language ~ '^[a-z]{2,3}(-[A-Z]{2})?$'"));
        builder.Property(p => p.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(p => p.PublisherId).HasColumnName("publisher_id");
        builder.Property(p => p.CountryCode).HasColumnName("country_code").HasMaxLength(2).IsFixedLength();
        builder.Property(p => p.Language).HasColumnName("language").HasMaxLength(8);
        builder.Property(p => p.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("transaction_timestamp()");
        builder.HasOne(p => p.Publisher).WithMany().HasForeignKey(p => p.PublisherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Country).WithMany().HasForeignKey(p => p.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PublisherId, p.CountryCode, p.Language }).IsUnique();
        builder.HasIndex(p => p.CountryCode);
    }
}
