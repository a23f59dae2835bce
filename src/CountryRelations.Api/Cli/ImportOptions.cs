using CountryRelations.Import;
using CountryRelations.Countries;
using CountryRelations.Dates;

namespace CountryRelations.Api.Cli;

/// <summary>The arguments of <c>countryrelations import</c>.</summary>
public sealed record ImportOptions(IReadOnlyList<string> Paths, ImportRequest Defaults)
{
    public const string Usage = """
        countryrelations import PATH... [--publisher CODE] [--language LANG] [--country COUNTRY] [--date YYYY-MM-DD]
                                        [--captured YYYY-MM-DD] [--source URL] [--format auto|text|html]
                                        [--recorded-by NAME] [--correction] [--dry-run]
          PATH: files (.txt, .html) or folders of them; a folder's manifest.tsv supplies per-file details.
        """;

    /// <summary>Parses <paramref name="args"/> (after the verb); null with a message on bad usage.</summary>
    public static (ImportOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        var defaults = new ImportRequest("", [], RecordedBy: Environment.UserName is { Length: > 0 } user ? $"cli:{user}" : "cli");
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                paths.Add(arg);
                continue;
            }

            if (arg is "--correction" or "--dry-run")
            {
                defaults = arg == "--correction" ? defaults with { Correction = true } : defaults with { DryRun = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{arg} needs a value.");
            }

            var value = args[++i];
            DateOnly? date = null;
            if (arg is "--date" or "--captured")
            {
                if (!IsoDate.TryParse(value, out var parsed))
                {
                    return (null, $"{arg} \"{value}\" is not a date (YYYY-MM-DD).");
                }

                date = parsed;
            }

            switch (arg)
            {
                case "--publisher": defaults = defaults with { Publisher = value }; break;
                case "--language": defaults = defaults with { Language = value }; break;
                case "--country": defaults = defaults with { Country = value }; break;
                case "--source": defaults = defaults with { Source = value }; break;
                case "--recorded-by": defaults = defaults with { RecordedBy = value }; break;
                case "--date": defaults = defaults with { PublishedOn = date }; break;
                case "--captured": defaults = defaults with { CapturedOn = date }; break;
                case "--format" when Enum.TryParse<DocumentFormat>(value, ignoreCase: true, out var format): defaults = defaults with { Format = format }; break;
                default: return (null, $"Unknown option {arg} {value}.");
            }
        }

        return paths.Count == 0 ? (null, "Name at least one file or folder to import.") : (new ImportOptions(paths, defaults), null);
    }
}
