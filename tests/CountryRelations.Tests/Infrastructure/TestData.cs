using CountryRelations.History;
using CountryRelations.Persistence;
using CountryRelations.Publishers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>Builders for test data; each test gets a publisher of its own, which isolates its profiles.</summary>
public static class TestData
{
    /// <summary>Creates a publisher with a fresh code and returns the code.</summary>
    public static async Task<string> NewPublisherAsync(IServiceProvider services)
    {
        var code = "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        // Written as the owner, bypassing the registry's checks: a test publisher claims no host and speaks for no government.
        var owner = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        owner.UseCountryRelationsStore((await TestDatabase.GetAsync()).OwnerConnectionString);
        await using var db = new CountryRelationsDbContext(owner.Options);
        db.Publishers.Add(new Publisher { Code = code, Name = "Test publisher " + code });
        await db.SaveChangesAsync();
        return code;
    }

    public static PublishRevisionCommand Publish(string publisher, string date, string text, string country = "KP", long? expectedLatest = null) =>
        new(
            new ProfileSelector(country, publisher, "en"),
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            [new SectionDraft("Economic relations", text)],
            new Provenance("tests"),
            expectedLatest);

    public static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
