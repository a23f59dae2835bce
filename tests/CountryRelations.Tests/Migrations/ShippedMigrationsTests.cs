using CountryRelations.Api.Cli;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Migrations;

/// <summary>A shipped migration's SQL never changes: each one is compared with the SQL kept when it was added.</summary>
public sealed class ShippedMigrationsTests
{
    [Fact]
    public void Every_migration_generates_exactly_the_SQL_kept_when_it_shipped()
    {
        var problems = new List<string>();
        foreach (var (file, sql) in ShippedMigrations.Generate())
        {
            var path = Path.Combine(Repository.Root, file);
            if (!File.Exists(path))
            {
                problems.Add($"{file} is missing: a new migration's SQL is kept by `dotnet run --project src/CountryRelations.Api -- contract`.");
            }
            else if (File.ReadAllText(path) is var kept && kept != sql)
            {
                problems.Add($"{file} changed: a shipped migration is never edited (write a new one). {TextDifference.First(kept, sql)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_kept_file_is_left_without_its_migration()
    {
        var generated = ShippedMigrations.Generate().Select(m => Path.GetFileName(m.File)).ToHashSet();
        var kept = Directory.GetFiles(Path.Combine(Repository.Root, ShippedMigrations.Folder), "*.sql").Select(Path.GetFileName);

        Assert.DoesNotContain(kept, f => !generated.Contains(f!));
    }
}
