using System.CommandLine;
using CountryRelations.Api.Hosting;
using CountryRelations.Import;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CountryRelations.Api.Cli;

/// <summary>
/// The server's own command line (System.CommandLine): <c>serve</c> by default, and verbs that run against the
/// same configuration and database, then exit. Help on every verb, <c>--version</c>, configuration overrides on
/// every verb (<see cref="ConfigurationOverrides"/>), shell completion through System.CommandLine's <c>[suggest]</c> directive.
/// </summary>
public static class CountryRelationsCommandLine
{
    /// <summary>Parses <paramref name="args"/>, runs the verb, returns its exit code (<see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (overrides, rest) = ConfigurationOverrides.Split(args);
        var result = Build(overrides).Parse(rest);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            var verb = result.CommandResult.Command is RootCommand ? "" : result.CommandResult.Command.Name + " ";
            await Console.Error.WriteLineAsync($"Try: countryrelations {verb}--help");
            return ExitCodes.Usage;
        }

        return await result.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = ShutdownGrace });
    }

    // SIGTERM cancels the verb; the process is ended by force only past this. The host stops within its own 30 s
    // (streams told to complete, workers stopped) and the embedded cluster then stops: both must fit, or a stopped
    // server would leave its PostgreSQL running and exit 143.
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(45);

    /// <summary>The command tree; every verb runs with the configuration <paramref name="overrides"/>.</summary>
    public static RootCommand Build(string[] overrides)
    {
        var root = new RootCommand($"CountryRelations: the complete change history of country relations profiles, served over GraphQL. " +
            $"Every verb takes configuration overrides (--Section:Key=value, --urls URL). {ExitCodes.Help}");
        root.SetAction((_, cancellationToken) => ServeCommand.RunAsync(overrides, cancellationToken));

        root.Subcommands.Add(Verb("serve", "Start the GraphQL server (the default); configuration overrides such as --urls http://127.0.0.1:5099 apply.",
            (_, cancellationToken) => ServeCommand.RunAsync(overrides, cancellationToken)));
        root.Subcommands.Add(Verb("migrate", "Apply the database migrations as the schema owner (ConnectionStrings:CountryRelationsOwner) and exit.",
            (_, cancellationToken) => WithDatabaseAsync(overrides, (_, _) =>
            {
                Console.WriteLine("The database is up to date.");
                return Task.FromResult(ExitCodes.Success);
            }, cancellationToken, migrate: true)));

        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the script to this file instead of standard output." };
        var script = Verb("migrations-script", "Print the idempotent SQL of every migration, for a DBA to apply.", async (result, cancellationToken) =>
        {
            var sql = MigrationsScript();
            if (result.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, sql, cancellationToken);
            }
            else
            {
                Console.Write(sql);
            }

            return ExitCodes.Success;
        });
        script.Options.Add(output);
        root.Subcommands.Add(script);

        root.Subcommands.Add(ImportOptions.Command((_, options, cancellationToken) => WithDatabaseAsync(overrides, (services, _) =>
            new ImportCommand(services.GetRequiredService<DocumentImporter>(), AnsiConsole.Console).RunAsync(options, cancellationToken), cancellationToken)));
        root.Subcommands.Add(TokenCommand.Command(overrides));
        root.Subcommands.Add(ArchiveCommands.Export(overrides));
        root.Subcommands.Add(ArchiveCommands.Restore(overrides));
        root.Subcommands.Add(ArchiveCommands.Verify(overrides));
        root.Subcommands.Add(CheckpointKeyCommand.Command(overrides));
        root.Subcommands.Add(PublisherCommands.Publishers(overrides));
        root.Subcommands.Add(CaptureCommands.Sources(overrides));
        root.Subcommands.Add(CaptureCommands.Capture(overrides));
        root.Subcommands.Add(CaptureCommands.Backfill(overrides));
        root.Subcommands.Add(CaptureCommands.ImportWarc(overrides));
        root.Subcommands.Add(HealthCommand.Command());
        root.Subcommands.Add(Verb("schema", "Print the GraphQL schema (SDL, with descriptions).", async (_, _) =>
        {
            await using var services = ApiContract.OfflineServices();
            Console.Write(ApiContract.Schema(services));
            return ExitCodes.Success;
        }));

        var check = new Option<bool>("--check") { Description = "Only report whether schema.graphql and the persisted documents are stale (exit 1 when they are)." };
        var contract = Verb("contract", "Rewrite schema.graphql and the persisted documents, and keep the SQL of any new migration under migrations/shipped; run from the repository root.",
            (result, _) => ApiContract.RunAsync(Directory.GetCurrentDirectory(), result.GetValue(check)));
        contract.Options.Add(check);
        root.Subcommands.Add(contract);
        return root;
    }

    /// <summary>A verb with its description and action.</summary>
    public static Command Verb(string name, string description, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        var command = new Command(name, description);
        command.SetAction(action);
        return command;
    }

    // Verbs work on the same database as the server and exit when done. Only `migrate` changes the schema of a
    // database of yours (as the server does only with Database:MigrateOnStart); the embedded one is kept up to date,
    // as the server keeps it. A database behind the code is refused before any work, not half-used.
    internal static async Task<int> WithDatabaseAsync(
        string[] overrides, Func<IServiceProvider, DatabaseConnection, Task<int>> verb, CancellationToken cancellationToken, bool migrate = false)
    {
        var configuration = ConfigurationOverrides.Builder(overrides).Configuration;
        await using var database = await OpenDatabaseAsync(configuration, cancellationToken);
        if (database is null)
        {
            return ExitCodes.CannotStart;
        }

        var settings = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(EmbeddedDefaults.For(configuration)).Build();
        await using var services = new ServiceCollection().AddLogging().AddCountryRelations(database.ConnectionString, settings).BuildServiceProvider();
        if (migrate || database.IsLocalCluster || settings.GetValue("Database:MigrateOnStart", false))
        {
            await services.PrepareDatabaseAsync(database.OwnerConnectionString, migrate: true, seed: false, cancellationToken);
        }
        else if (await PendingMigrationsAsync(services, cancellationToken) is [var first, ..] pending)
        {
            await Console.Error.WriteLineAsync($"The database is not up to date ({pending.Count} migration(s) pending, from {first}): run `migrate` first.");
            return ExitCodes.CannotStart;
        }

        return await verb(services, database);
    }

    /// <summary>The configured database, or the server's own cluster; null (the reason printed in one line) when that cluster cannot be started here.</summary>
    internal static async Task<DatabaseConnection?> OpenDatabaseAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        try
        {
            return await DatabaseConnection.OpenAsync(configuration, cancellationToken);
        }
        catch (LocalClusterException refusal)
        {
            await Console.Error.WriteLineAsync("Not starting: " + refusal.Message);
            return null;
        }
    }

    private static async Task<List<string>> PendingMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>().CreateDbContextAsync(cancellationToken);
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }

    private static string MigrationsScript()
    {
        var options = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        options.UseCountryRelationsStore("Host=unused");
        using var db = new CountryRelationsDbContext(options.Options);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }
}
