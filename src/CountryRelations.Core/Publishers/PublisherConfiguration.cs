using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Publishers;

internal sealed class PublisherConfiguration : IEntityTypeConfiguration<Publisher>
{
    public void Configure(EntityTypeBuilder<Publisher> builder)
    {
        builder.ToTable("publishers", t =>
        {
            t.HasCheckConstraint("ck_publishers_code", "code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'");
            t.HasCheckConstraint("ck_publishers_government", "government ~ '^[A-Z]{2}$'");
        });
        builder.Property(p => p.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(p => p.Code).HasColumnName("code").HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasColumnName("name");
        builder.Property(p => p.Website).HasColumnName("website");
        builder.Property(p => p.Government).HasColumnName("government").HasMaxLength(2).IsFixedLength();
        builder.Property(p => p.Hosts).HasColumnName("hosts").HasDefaultValueSql("'{}'::text[]");
        builder.Property(p => p.Languages).HasColumnName("languages").HasDefaultValueSql("'{}'::text[]");
        builder.Property(p => p.Conventions).HasColumnName("conventions").HasColumnType("jsonb");
        builder.Property(p => p.Source).HasColumnName("source");
        builder.HasData(KnownPublishers.Seed);
    }
}
