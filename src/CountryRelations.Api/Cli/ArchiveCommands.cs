using CountryRelations.Dates;
using System.CommandLine;
using System.Text.Json;
using CountryRelations.Archive;
using CountryRelations.Errors;
using CountryRelations.Integrity;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Api.Cli;

/// <summary>
/// <c>export</c>, <c>restore</c> and <c>verify</c>: the whole history as one archive, loaded back into an empty database
/// identical (same rows, hashes, seals, checkpoints), and checked — against its own chains and, with <c>--heads</c>,
/// against heads kept elsewhere. Progress goes to standard error; <c>--json</c> prints a summary for scripts.
/// </summary>
public static class ArchiveCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static Command Export(string[] overrides)
    {
        var file = new Argument<FileInfo>("ARCHIVE") { Description = "The archive to write (JSON Lines)." };
        var heads = new Option<FileInfo?>("--heads") { Description = "Also write every chain's head to this file, to keep where the database administrator cannot write." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary." };
        var command = CountryRelationsCommandLine.Verb("export", "Write the whole history (every revision row, its sections, provenance, corrections, recorded-at, hashes, seals, checkpoints and each chain's head) as one archive, streaming.",
            (result, cancellationToken) => CountryRelationsCommandLine.WithDatabaseAsync(overrides, async (services, _) =>
            {
                var archive = services.GetRequiredService<ArchiveExport>();
                var target = result.GetValue(file)!;
                IReadOnlyList<ChainHead> written;
                await using (var output = target.Create())
                {
                    written = await archive.ExportAsync(output, Progress("exported"), cancellationToken);
                }

                if (result.GetValue(heads) is { } headsFile)
                {
                    await using var output = headsFile.Create();
                    await ChainHeads.WriteAsync(output, services.GetRequiredService<TimeProvider>().UtcNow(), services.GetRequiredService<CheckpointSigner>().PublicKeyPem, written, cancellationToken);
                }

                Report(result.GetValue(json), new { archive = target.FullName, profiles = written.Count, revisions = written.Sum(h => h.Sequence) },
                    $"Exported {written.Count} profile(s) to {target.FullName}.");
                return ExitCodes.Success;
            }, cancellationToken));
        command.Arguments.Add(file);
        command.Options.Add(heads);
        command.Options.Add(json);
        return command;
    }

    public static Command Restore(string[] overrides)
    {
        var file = new Argument<FileInfo>("ARCHIVE") { Description = "An archive written by export." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary." };
        var withoutTrailer = new Option<bool>("--without-trailer") { Description = "Accept a version 1 archive, which has no trailer: a cut at a line boundary cannot be told." };
        var command = CountryRelationsCommandLine.Verb("restore", "Load an archive into an empty database, as the schema owner, in one transaction; refuses a database that holds history.",
            (result, cancellationToken) => CountryRelationsCommandLine.WithDatabaseAsync(overrides, async (_, database) =>
            {
                var source = result.GetValue(file)!;
                if (!source.Exists)
                {
                    await Console.Error.WriteLineAsync($"No such archive: {source.FullName}");
                    return ExitCodes.Usage;
                }

                try
                {
                    await using var input = source.OpenRead();
                    var revisions = await ArchiveRestore.RestoreAsync(input, database.OwnerConnectionString, Progress("restored"), result.GetValue(withoutTrailer), cancellationToken);
                    Report(result.GetValue(json), new { archive = source.FullName, revisions }, $"Restored {revisions} revision(s) from {source.FullName}.");
                    return ExitCodes.Success;
                }
                catch (DomainException refusal)
                {
                    await Console.Error.WriteLineAsync($"{refusal.Code}: {refusal.Message}");
                    return ExitCodes.Refused;
                }
            }, cancellationToken));
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(withoutTrailer);
        return command;
    }

    public static Command Verify(string[] overrides)
    {
        var heads = new Option<FileInfo?>("--heads") { Description = "Also check the chain heads in this file (written by export --heads, or a whole archive)." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = CountryRelationsCommandLine.Verb("verify", "Verify every profile's history (hashes, seals, periods, signed checkpoints); exit 1 on any break.",
            (result, cancellationToken) => CountryRelationsCommandLine.WithDatabaseAsync(overrides, async (services, _) =>
            {
                var verifications = await services.GetRequiredService<HistoryVerifier>().VerifyAllAsync(cancellationToken);
                var problems = verifications.Where(v => !v.Intact)
                    .Select(v => $"{v.Profile.Publisher.Code}/{v.Profile.CountryCode}/{v.Profile.Language}: {System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(v.FirstBroken!.Reason.ToString())} at revision {v.FirstBroken.Sequence}")
                    .ToList();
                if (result.GetValue(heads) is { } headsFile)
                {
                    await using var input = headsFile.OpenRead();
                    var kept = await ChainHeads.ReadAsync(input, cancellationToken);
                    await using var db = await services.GetRequiredService<IDbContextFactory<CountryRelationsDbContext>>().CreateDbContextAsync(cancellationToken);
                    problems.AddRange(await ChainHeads.CheckAsync(db, kept, cancellationToken));
                }

                Report(result.GetValue(json), new { profiles = verifications.Count, intact = problems.Count == 0, problems },
                    problems.Count == 0 ? $"{verifications.Count} profile(s) verified: intact." : string.Join('\n', problems));
                return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Refused;
            }, cancellationToken));
        command.Options.Add(heads);
        command.Options.Add(json);
        return command;
    }

    private static Progress<int> Progress(string verb) =>
        new Progress<int>(count => Console.Error.Write($"\r{count} revision(s) {verb}"));

    private static void Report(bool json, object summary, string text) =>
        Console.WriteLine(json ? JsonSerializer.Serialize(summary, Json) : text);
}
