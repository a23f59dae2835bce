using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CountryRelations.Api.Cli;

/// <summary>
/// Shipped migrations never change: each one's idempotent SQL is kept in <c>migrations/shipped/ID.sql</c> when it is
/// added, and a test compares every migration's SQL with its kept file. Databases that already ran a migration never
/// run it again, so an edit would reach only new installations and split the world in two; a change is a new migration.
/// </summary>
public static class ShippedMigrations
{
    /// <summary>Where the kept SQL lives, relative to the repository root.</summary>
    public const string Folder = "migrations/shipped";

    /// <summary>Every migration's idempotent SQL as this build generates it, by kept file name, oldest first.</summary>
    public static IReadOnlyList<(string File, string Sql)> Generate()
    {
        var options = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        options.UseCountryRelationsStore("Host=unused");
        using var db = new CountryRelationsDbContext(options.Options);
        var migrator = db.GetService<IMigrator>();
        var ids = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).ToList();
        var previous = Migration.InitialDatabase;
        var scripts = new List<(string, string)>(ids.Count);
        foreach (var id in ids)
        {
            var sql = migrator.GenerateScript(previous, id, MigrationsSqlGenerationOptions.Idempotent);
            scripts.Add(($"{Folder}/{id}.sql", sql.ReplaceLineEndings("\n")));
            previous = id;
        }

        return scripts;
    }

    /// <summary>Writes the kept file of every migration that has none (never rewrites one); returns the files written.</summary>
    public static async Task<IReadOnlyList<string>> KeepNewAsync(string root)
    {
        var written = new List<string>();
        foreach (var (file, sql) in Generate())
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, sql);
                written.Add(file);
            }
        }

        return written;
    }
}
