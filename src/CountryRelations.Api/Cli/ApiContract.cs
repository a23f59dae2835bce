using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CountryRelations.Api.Hosting;
using CountryRelations.Api.PersistedDocuments;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Cli;

/// <summary>
/// The committed contract with front ends: <c>schema.graphql</c> (the SDL, descriptions included) and the persisted
/// documents built from <c>PersistedDocuments/operations/*.graphql</c>. The <c>contract</c> verb rewrites both; a
/// test fails when either is stale.
/// </summary>
public static class ApiContract
{
    /// <summary>Where the schema is committed, relative to the repository root.</summary>
    public const string SchemaFile = "schema.graphql";

    /// <summary>Where the front end's operations live, relative to the repository root.</summary>
    public const string OperationsFolder = "src/CountryRelations.Api/PersistedDocuments/operations";

    /// <summary>Where the allow-list is committed, relative to the repository root.</summary>
    public const string PersistedDocumentsFile = "src/CountryRelations.Api/PersistedDocuments/persisted-documents.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>The schema's SDL with descriptions, "\n" line ends.</summary>
    public static string Schema(IServiceProvider services) =>
        services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary>The application's services with no database behind them: enough to print the schema.</summary>
    public static ServiceProvider OfflineServices() =>
        new ServiceCollection().AddLogging()
            .AddCountryRelations("Host=unused", new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .BuildServiceProvider();

    /// <summary>The allow-list for the operations in <paramref name="operationsFolder"/>, in file-name order.</summary>
    public static string PersistedDocuments(string operationsFolder)
    {
        var documents = Directory.GetFiles(operationsFolder, "*.graphql").Order(StringComparer.Ordinal)
            .Select(file => File.ReadAllText(file).ReplaceLineEndings("\n").TrimEnd() + "\n")
            .ToDictionary(PersistedDocumentStore.IdOf, text => text);
        return JsonSerializer.Serialize(documents, Indented) + "\n";
    }

    /// <summary>Writes both files under <paramref name="root"/>, or with <paramref name="check"/> only reports staleness; returns the exit code.</summary>
    public static async Task<int> RunAsync(string root, bool check)
    {
        await using var services = OfflineServices();
        var files = new Dictionary<string, string>
        {
            [SchemaFile] = Schema(services),
            [PersistedDocumentsFile] = PersistedDocuments(Path.Combine(root, OperationsFolder)),
        };
        var stale = 0;
        foreach (var (file, content) in files)
        {
            var path = Path.Combine(root, file);
            if (File.Exists(path) && await File.ReadAllTextAsync(path) == content)
            {
                continue;
            }

            stale++;
            if (check)
            {
                Console.Error.WriteLine($"{file} is stale: run `dotnet run --project src/CountryRelations.Api -- contract`.");
            }
            else
            {
                await File.WriteAllTextAsync(path, content, new UTF8Encoding(false));
                Console.WriteLine($"wrote {file}");
            }
        }

        if (!check)
        {
            foreach (var file in await ShippedMigrations.KeepNewAsync(root))
            {
                Console.WriteLine($"kept {file}");
            }
        }

        return check && stale > 0 ? 1 : 0;
    }
}
