using System.CommandLine;
using CountryRelations.Profiles;
using CountryRelations.Publishers;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Cli;

/// <summary><c>publishers add|list</c>: the publisher registry from the shell.</summary>
public static class PublisherCommands
{
    public static Command Publishers(string[] overrides)
    {
        var publishers = new Command("publishers", "The publishers whose pages import: add (or amend) one, list them.");

        var code = new Argument<string>("CODE") { Description = "Short code, e.g. NO-MFA." };
        var name = new Option<string?>("--name") { Description = "Full name (required for a new publisher)." };
        var government = new Option<string?>("--government") { Description = "The government it speaks for (ISO 3166-1 code or name)." };
        var hosts = new Option<string?>("--hosts") { Description = "Comma-separated host patterns: \"regjeringen.no/en/dep/ud,norway.no\", \"*.diplo.de\"." };
        var languages = new Option<string?>("--languages") { Description = "Comma-separated languages (ISO 639-1): \"no,en\"." };
        var website = new Option<string?>("--website") { Description = "Its web site." };
        var source = new Option<string?>("--source") { Description = "Where these facts came from." };
        var conventions = new Option<FileInfo?>("--conventions") { Description = "A JSON file of page conventions (titlePatterns, chromeLines, …)." };
        var update = new Option<bool>("--update") { Description = "Amend an existing publisher: options given replace its values." };
        var add = CountryRelationsCommandLine.Verb("add", "Register a publisher (or amend one with --update); its pages import at once, with no restart.",
            (result, cancellationToken) => CaptureCommands.Run(overrides, async services =>
            {
                var registry = services.GetRequiredService<PublisherRegistry>();
                var json = result.GetValue(conventions) is { } file ? await File.ReadAllTextAsync(file.FullName, cancellationToken) : null;
                var row = result.GetValue(update)
                    ? await registry.UpdateAsync(result.GetValue(code)!, new PublisherChanges(
                        result.GetValue(name), result.GetValue(government), result.GetValue(website), List(result.GetValue(hosts)), List(result.GetValue(languages)),
                        result.GetValue(source), json), cancellationToken)
                    : await registry.RegisterAsync(new PublisherDefinition(
                        result.GetValue(code)!, result.GetValue(name) ?? "", result.GetValue(government), result.GetValue(website), List(result.GetValue(hosts)) ?? [],
                        List(result.GetValue(languages)) ?? [], result.GetValue(source), json is null ? null : PublisherRegistry.ParseConventions(json)), cancellationToken);
                Console.WriteLine($"{row.Code}: {row.Name} ({row.Government ?? "no government"}), hosts {string.Join(", ", row.Hosts)}.");
                return ExitCodes.Success;
            }, cancellationToken));
        add.Arguments.Add(code);
        foreach (var option in new Option[] { name, government, hosts, languages, website, source, conventions, update })
        {
            add.Options.Add(option);
        }

        var list = CountryRelationsCommandLine.Verb("list", "List publishers: code, government, languages, hosts, name.", (result, cancellationToken) => CaptureCommands.Run(overrides, async services =>
        {
            foreach (var p in await services.GetRequiredService<ProfileDirectory>().PublishersAsync(cancellationToken))
            {
                Console.WriteLine(string.Join('\t', p.Code, p.Government ?? "-", string.Join(',', p.Languages), string.Join(',', p.Hosts), p.Name));
            }

            return ExitCodes.Success;
        }, cancellationToken));

        publishers.Subcommands.Add(add);
        publishers.Subcommands.Add(list);
        return publishers;
    }

    private static string[]? List(string? commaSeparated) =>
        commaSeparated?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
