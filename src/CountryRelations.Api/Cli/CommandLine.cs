using CountryRelations.Api.Hosting;
using CountryRelations.Import;
using Microsoft.Extensions.Configuration;
using Spectre.Console;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Cli;

/// <summary>The verbs other than <c>serve</c> (the default): they run against the same database and exit.</summary>
public static class CommandLine
{
    /// <summary>Runs the verb in <paramref name="args"/> and returns its exit code; null means "serve".</summary>
    public static async Task<int?> TryRunAsync(string[] args, IConfiguration configuration)
    {
        var verb = args.FirstOrDefault(a => !a.StartsWith('-'));
        switch (verb)
        {
            case null or "serve":
                return null;
            case "migrate":
                return await WithDatabaseAsync(configuration, _ =>
                {
                    Console.WriteLine("The database is up to date.");
                    return Task.FromResult(0);
                });
            case "import":
                var (options, error) = ImportOptions.Parse(args.SkipWhile(a => a != "import").Skip(1).ToList());
                if (options is null)
                {
                    Console.Error.WriteLine(error);
                    Console.Error.WriteLine(ImportOptions.Usage);
                    return 2;
                }

                return await WithDatabaseAsync(configuration, services =>
                    new ImportCommand(services.GetRequiredService<DocumentImporter>(), AnsiConsole.Console).RunAsync(options));

            case "token":
                return TokenCommand.Run(args.SkipWhile(a => a != "token").Skip(1).ToList(), configuration);

            case "contract":
                return await ApiContract.RunAsync(Directory.GetCurrentDirectory(), check: args.Contains("--check"));

            case "help" or "--help":
                Console.WriteLine($"""
                    countryrelations [serve]   start the GraphQL server (default)
                    countryrelations migrate   apply the database migrations and exit
                    {TokenCommand.Usage}
                    countryrelations contract [--check]
                                               rewrite schema.graphql and the persisted documents (run from the repository root);
                                               --check only reports whether they are stale
                    {ImportOptions.Usage}
                    """);
                return 0;
            default:
                Console.Error.WriteLine($"Unknown command \"{verb}\". Try: countryrelations help");
                return 2;
        }
    }

    // Verbs work on the same database as the server, brought up to date first, and exit when done.
    private static async Task<int> WithDatabaseAsync(IConfiguration configuration, Func<IServiceProvider, Task<int>> verb)
    {
        await using var database = await DatabaseConnection.OpenAsync(configuration);
        await using var services = new ServiceCollection().AddLogging().AddCountryRelations(database.ConnectionString, configuration).BuildServiceProvider();
        await services.PrepareDatabaseAsync(database.OwnerConnectionString, seed: false);
        return await verb(services);
    }
}
