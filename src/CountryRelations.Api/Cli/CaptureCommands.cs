using System.CommandLine;
using System.Globalization;
using CountryRelations.Capture;
using CountryRelations.Dates;
using CountryRelations.Errors;
using CountryRelations.Paging;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Cli;

/// <summary>
/// <c>sources add|list|remove</c>, <c>capture --once</c> (every due source, then exit: for cron), <c>backfill</c> (a
/// source's past from the web archive) and <c>import-warc</c> (WARC files): the capture verbs.
/// </summary>
public static class CaptureCommands
{
    public static Command Sources(string[] overrides)
    {
        var sources = new Command("sources", "Watched page addresses: add, list, remove.");

        var url = new Argument<string>("URL") { Description = "The page's http or https address." };
        var publisher = new Option<string?>("--publisher") { Description = "Publisher code (else inferred from each capture)." };
        var country = new Option<string?>("--country") { Description = "Subject country (else inferred)." };
        var language = new Option<string?>("--language") { Description = "Language (else inferred)." };
        var every = new Option<string?>("--every") { Description = "How often to check, an ISO-8601 duration (P1D, PT6H, P1W); default daily." };
        var add = CountryRelationsCommandLine.Verb("add", "Watch a page address; it is due at once.", (result, cancellationToken) => Run(overrides, async services =>
        {
            var source = await services.GetRequiredService<SourceRegistry>().AddAsync(
                result.GetValue(url)!, result.GetValue(publisher), result.GetValue(country), result.GetValue(language), result.GetValue(every), cancellationToken: cancellationToken);
            Console.WriteLine($"Source {source.Id}: {source.Url}, every {System.Xml.XmlConvert.ToString(TimeSpan.FromSeconds(source.EverySeconds))}.");
            return ExitCodes.Success;
        }, cancellationToken));
        add.Arguments.Add(url);
        add.Options.Add(publisher);
        add.Options.Add(country);
        add.Options.Add(language);
        add.Options.Add(every);

        var all = new Option<bool>("--all") { Description = "Disabled sources too." };
        var list = CountryRelationsCommandLine.Verb("list", "List sources (enabled ones unless --all).", (result, cancellationToken) => Run(overrides, async services =>
        {
            var registry = services.GetRequiredService<SourceRegistry>();
            string? after = null;
            do
            {
                var page = await registry.PageAsync(new PageRequest(PageRequest.MaxSize, after, null, null).Validated(), result.GetValue(all) ? null : true, cancellationToken: cancellationToken);
                foreach (var item in page.Items)
                {
                    var s = item.Node;
                    Console.WriteLine(string.Join('\t', s.Id.ToString(CultureInfo.InvariantCulture), s.Enabled ? "enabled" : "disabled",
                        System.Xml.XmlConvert.ToString(TimeSpan.FromSeconds(s.EverySeconds)), s.NextCheckAt.ToString("u", CultureInfo.InvariantCulture), s.Url));
                }

                after = page.Info.HasNextPage ? page.Info.EndCursor : null;
            }
            while (after is not null);
            return ExitCodes.Success;
        }, cancellationToken));
        list.Options.Add(all);

        var id = new Argument<long>("SOURCE-ID") { Description = "The source's ID (sources list)." };
        var remove = CountryRelationsCommandLine.Verb("remove", "Stop checking a source; it and its capture log stay.", (result, cancellationToken) => Run(overrides, async services =>
        {
            var source = await services.GetRequiredService<SourceRegistry>().RemoveAsync(result.GetValue(id), cancellationToken);
            Console.WriteLine($"Source {source.Id} ({source.Url}) is no longer checked.");
            return ExitCodes.Success;
        }, cancellationToken));
        remove.Arguments.Add(id);

        sources.Subcommands.Add(add);
        sources.Subcommands.Add(list);
        sources.Subcommands.Add(remove);
        return sources;
    }

    public static Command Capture(string[] overrides)
    {
        var once = new Option<bool>("--once") { Description = "Capture every due source once, then exit (for cron)." };
        var command = CountryRelationsCommandLine.Verb("capture", "Capture due sources: with --once, every source due now, then exit; exit 1 when a fetch failed.", (result, cancellationToken) =>
        {
            if (!result.GetValue(once))
            {
                Console.Error.WriteLine("The server captures on its own schedule (Capture:Enabled); from the shell use `capture --once`.");
                return Task.FromResult(ExitCodes.Usage);
            }

            return Run(overrides, async services =>
            {
                var options = services.GetRequiredService<CaptureOptions>();
                var attempts = await services.GetRequiredService<CaptureService>().CaptureDueAsync(options.Concurrency, options.ClaimLease, cancellationToken);
                return Report(attempts, "source(s) captured");
            }, cancellationToken);
        });
        command.Options.Add(once);
        return command;
    }

    public static Command Backfill(string[] overrides)
    {
        var target = new Argument<string>("ADDRESS|SOURCE-ID") { Description = "A page address (made a source if it is none) or a source's ID." };
        var from = new Option<string?>("--from") { Description = "Only captures from this date (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only captures up to this date (YYYY-MM-DD)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "List the captures that would be imported; fetch and write nothing." };
        var watch = new Option<bool>("--watch") { Description = "An address that is no source yet becomes one checked on schedule (else it is added disabled, only to hold the backfill's cursor)." };
        var command = CountryRelationsCommandLine.Verb("backfill", "Bring in a source's past from the web archive (Capture:WaybackEndpoint): its unique captures, oldest first, rate-limited; a rerun continues where the last stopped.",
            (result, cancellationToken) => Run(overrides, async services =>
            {
                var registry = services.GetRequiredService<SourceRegistry>();
                var given = result.GetValue(target)!;
                var source = long.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var sourceId)
                    ? await registry.FindAsync(sourceId, cancellationToken)
                    : await registry.FindByUrlAsync(given.Trim(), cancellationToken) ?? await registry.AddAsync(given, enabled: result.GetValue(watch), cancellationToken: cancellationToken);
                var (since, until) = (Date(result.GetValue(from), "--from"), Date(result.GetValue(to), "--to"));
                DateOrder.Check(since, until, "--from", "--to");
                var backfill = services.GetRequiredService<WaybackBackfill>();
                if (result.GetValue(dryRun))
                {
                    var captures = await backfill.ListAsync(source, since, until, cancellationToken);
                    foreach (var capture in captures)
                    {
                        Console.WriteLine($"would import {capture.CapturedAt:yyyy-MM-ddTHH:mm:ssZ} {capture.Original}");
                    }

                    Console.WriteLine($"{captures.Count} unique capture(s) of source {source.Id} to import.");
                    return ExitCodes.Success;
                }

                var attempts = await backfill.RunAsync(source, since, until, new Progress<(int Done, int Total)>(p => Console.Error.WriteLine($"{p.Done}/{p.Total}")), cancellationToken);
                return Report(attempts, $"capture(s) of source {source.Id}");
            }, cancellationToken));
        command.Arguments.Add(target);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(dryRun);
        command.Options.Add(watch);
        return command;
    }

    public static Command ImportWarc(string[] overrides)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "WARC files (.warc or .warc.gz, gzip per record).", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and report; write nothing." };
        var publisher = new Option<string?>("--publisher") { Description = "Publisher code for every page (else inferred from each address)." };
        var country = new Option<string?>("--country") { Description = "Subject country for every page (else inferred)." };
        var language = new Option<string?>("--language") { Description = "Language for every page (else inferred)." };
        var command = CountryRelationsCommandLine.Verb("import-warc", "Import the HTML responses (status 200) of WARC files as captured on their WARC-Date; revisits are unchanged, other records skipped; one line per record.",
            (result, cancellationToken) => Run(overrides, async services =>
            {
                var warc = services.GetRequiredService<WarcImport>();
                var refused = 0;
                foreach (var file in result.GetValue(files)!)
                {
                    await using var input = file.OpenRead();
                    await foreach (var record in warc.ImportAsync(input, file.Name, result.GetValue(dryRun), result.GetValue(publisher), result.GetValue(country), result.GetValue(language), cancellationToken))
                    {
                        refused += record.Outcome == "Refused" ? 1 : 0;
                        Console.WriteLine($"{record.Outcome,-14} {record.Date:yyyy-MM-ddTHH:mm:ssZ} {record.TargetUri ?? "(" + record.Type + ")"}{(record.ErrorCode is null ? "" : " " + record.ErrorCode)} — {record.Message}");
                    }
                }

                return refused > 0 ? ExitCodes.Refused : ExitCodes.Success;
            }, cancellationToken));
        command.Arguments.Add(files);
        command.Options.Add(dryRun);
        command.Options.Add(publisher);
        command.Options.Add(country);
        command.Options.Add(language);
        return command;
    }

    // One line per attempt and a count by outcome; a failed fetch makes the exit code 1.
    private static int Report(IReadOnlyList<CaptureAttempt> attempts, string what)
    {
        foreach (var attempt in attempts)
        {
            Console.WriteLine($"{attempt.Outcome,-14} {attempt.ArchiveTimestamp}{(attempt.ArchiveTimestamp is null ? "" : " ")}{attempt.Url}"
                + $"{(attempt.ErrorCode is null ? "" : " " + attempt.ErrorCode)}{(attempt.Reason is null ? "" : " — " + attempt.Reason)}");
        }

        Console.WriteLine($"{attempts.Count} {what}: {string.Join(", ", attempts.GroupBy(a => a.Outcome).Select(g => $"{g.Key} {g.Count()}"))}.");
        return attempts.Any(a => a.Outcome == CaptureOutcome.FetchFailed) ? ExitCodes.Refused : ExitCodes.Success;
    }

    private static DateOnly? Date(string? text, string name) =>
        text is null ? null
        : IsoDate.TryParse(text, out var date) ? date
        : throw new DomainException(ErrorCodes.InvalidDate, $"{name} \"{Excerpt.Of(text)}\" is not a date (YYYY-MM-DD).");

    // A refusal is one coded line and exit 1, never a stack trace (the publisher verbs run the same way).
    internal static Task<int> Run(string[] overrides, Func<IServiceProvider, Task<int>> verb, CancellationToken cancellationToken) =>
        CountryRelationsCommandLine.WithDatabaseAsync(overrides, async (services, _) =>
        {
            try
            {
                return await verb(services);
            }
            catch (DomainException refusal)
            {
                await Console.Error.WriteLineAsync($"{refusal.Code}: {refusal.Message}");
                return ExitCodes.Refused;
            }
            catch (InvalidDataException broken)
            {
                await Console.Error.WriteLineAsync($"{ErrorCodes.InvalidInput}: {broken.Message}");
                return ExitCodes.Refused;
            }
        }, cancellationToken);
}
