using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Publishers;

internal sealed class PublisherConfiguration : IEntityTypeConfiguration<Publisher>
{
    public void Configure(EntityTypeBuilder<Publisher> builder)
    {
        builder.ToTable("publishers", t => t.HasCheckConstraint("ck_publishers_code", "code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'"));
        builder.Property(p => p.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(p => p.Code).HasColumnName("code").HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasColumnName("name");
        builder.Property(p => p.Website).HasColumnName("website");
        builder.HasData(KnownPublishers.Seed);
    }
}
