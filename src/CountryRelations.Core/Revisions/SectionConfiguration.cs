using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Revisions;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.ToTable("sections", t =>
        {
            t.HasCheckConstraint("ck_sections_position", "position >= 0");
            t.HasCheckConstraint("ck_sections_text", "btrim(heading) <> '' AND btrim(body) <> ''");
        });
        builder.Property(s => s.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(s => s.RevisionId).HasColumnName("revision_id");
        builder.Property(s => s.Position).HasColumnName("position");
        builder.Property(s => s.Topic).HasColumnName("topic").HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Heading).HasColumnName("heading");
        builder.Property(s => s.Body).HasColumnName("body");
        builder.HasIndex(s => new { s.RevisionId, s.Position }).IsUnique();
        builder.HasIndex(s => new { s.Topic, s.RevisionId });
    }
}
