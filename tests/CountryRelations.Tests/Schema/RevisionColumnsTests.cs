using CountryRelations.Persistence;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Tests.Schema;

/// <summary>The revision columns are named once: EF Core's model maps exactly the columns raw reads and COPY use.</summary>
public sealed class RevisionColumnsTests
{
    [Fact]
    public void EF_Core_maps_exactly_the_listed_revision_columns()
    {
        var options = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        options.UseCountryRelationsStore("Host=unused");
        using var db = new CountryRelationsDbContext(options.Options);
        var entity = db.Model.FindEntityType(typeof(Revision))!;
        var mapped = entity.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal);

        var listed = RevisionColumns.List.Split(", ").Order(StringComparer.Ordinal);

        Assert.Equal(listed, mapped);
    }
}
