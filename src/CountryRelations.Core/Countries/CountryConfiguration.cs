using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Countries;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.ToTable("countries", t => t.HasCheckConstraint("ck_countries_code", "code ~ '^[A-Z]{2}$' AND alpha3 ~ '^[A-Z]{3}$'"));
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasColumnName("code").HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.Alpha3).HasColumnName("alpha3").HasMaxLength(3).IsFixedLength();
        builder.HasIndex(c => c.Alpha3).IsUnique();
        builder.Property(c => c.NameEn).HasColumnName("name_en");
        builder.Property(c => c.NameFr).HasColumnName("name_fr");
        builder.Property(c => c.Aliases).HasColumnName("aliases");

        // Names in other languages are read from the data file; the table keeps the ISO English and French names.
        builder.Ignore(c => c.Names);
        builder.Ignore(c => c.Adjectives);
        builder.HasData(CountryCatalog.Default.All);
    }
}
