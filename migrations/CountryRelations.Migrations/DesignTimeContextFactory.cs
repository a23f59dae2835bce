using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CountryRelations.Migrations;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting the host (which would start a local PostgreSQL).
/// Commands that reach a database read <c>COUNTRYRELATIONS_CONNECTION</c>.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CountryRelationsDbContext>
{
    public CountryRelationsDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("COUNTRYRELATIONS_CONNECTION")
            ?? "Host=localhost;Database=countryrelations;Username=postgres";
        var options = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        options.UseCountryRelationsStore(connection);
        return new CountryRelationsDbContext(options.Options);
    }
}
