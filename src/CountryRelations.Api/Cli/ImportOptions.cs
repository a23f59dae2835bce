using System.CommandLine;
using CountryRelations.Dates;
using CountryRelations.Import;

namespace CountryRelations.Api.Cli;

/// <summary>The arguments of <c>countryrelations import</c>.</summary>
public sealed record ImportOptions(IReadOnlyList<string> Paths, ImportRequest Defaults)
{
    private static readonly Argument<string[]> PathsArgument = new("PATH")
    {
        Description = "Files (.txt, .html) or folders of them, searched recursively; each folder's manifest.tsv supplies per-file details.",
        Arity = ArgumentArity.ZeroOrMore,
        Validators =
        {
            result =>
            {
                if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-')) is { } unknown)
                {
                    result.AddError($"Unknown option \"{unknown.Value}\".");
                }
            },
        },
    };

    private static readonly Option<string?> Publisher = new("--publisher") { Description = "Publisher code (else from the source address, the title or a credit line)." };
    private static readonly Option<string?> Language = new("--language") { Description = "Language (else from the source address or the words)." };
    private static readonly Option<string?> Country = new("--country") { Description = "Subject country (else from the title, the source address or the text)." };
    private static readonly Option<DateOnly?> Date = new("--date") { Description = "Publication date, YYYY-MM-DD, for a page that states none.", CustomParser = ParseDate };
    private static readonly Option<DateOnly?> Captured = new("--captured") { Description = "Capture date, YYYY-MM-DD: a silent edit takes effect then.", CustomParser = ParseDate };
    private static readonly Option<string?> Source = new("--source") { Description = "The http(s) address the page was read from." };
    private static readonly Option<DocumentFormat> Format = new("--format") { Description = "auto, text or html.", DefaultValueFactory = _ => DocumentFormat.Auto };
    private static readonly Option<string?> RecordedBy = new("--recorded-by") { Description = "Who records (default cli:USER)." };
    private static readonly Option<bool> Correction = new("--correction") { Description = "Our stored copy for the page's date was wrong: supersede it." };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Show where each page would go and what blocks it; write nothing." };

    /// <summary>The <c>import</c> verb; <paramref name="run"/> gets the parsed options.</summary>
    public static Command Command(Func<ParseResult, ImportOptions, CancellationToken, Task<int>> run)
    {
        var command = CountryRelationsCommandLine.Verb("import", $"Import publishers' pages, one transaction per document, with a summary table. {ExitCodes.Help}",
            (result, cancellationToken) => run(result, Map(result), cancellationToken));
        command.Arguments.Add(PathsArgument);
        command.Validators.Add(result =>
        {
            if (result.GetValue(PathsArgument) is not { Length: > 0 })
            {
                result.AddError("Name at least one file or folder to import.");
            }
        });
        foreach (var option in new Option[] { Publisher, Language, Country, Date, Captured, Source, Format, RecordedBy, Correction, DryRun })
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <summary>Parses <paramref name="args"/> (after the verb) as the <c>import</c> verb does; null with a message on bad usage.</summary>
    public static (ImportOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var result = Command((_, _, _) => Task.FromResult(0)).Parse(ConfigurationOverrides.Split(args).Remaining);
        return result.Errors.Count > 0 ? (null, string.Join(" ", result.Errors.Select(e => e.Message))) : (Map(result), null);
    }

    private static ImportOptions Map(ParseResult result) => new(
        result.GetValue(PathsArgument) ?? [],
        new ImportRequest(
            "",
            [],
            result.GetValue(Format),
            result.GetValue(Publisher),
            result.GetValue(Language),
            result.GetValue(Country),
            result.GetValue(Date),
            result.GetValue(Captured),
            result.GetValue(Source),
            result.GetValue(Correction),
            result.GetValue(DryRun),
            result.GetValue(RecordedBy) ?? (Environment.UserName is { Length: > 0 } user ? $"cli:{user}" : "cli")));

    private static DateOnly? ParseDate(System.CommandLine.Parsing.ArgumentResult argument)
    {
        var text = argument.Tokens.Count > 0 ? argument.Tokens[0].Value : "";
        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        argument.AddError($"\"{text}\" is not a date (YYYY-MM-DD).");
        return null;
    }
}
