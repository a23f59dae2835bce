using CountryRelations.Publishers;
using CountryRelations.Import;
using Spectre.Console;
using CountryRelations.Dates;
using CountryRelations.Topics;

namespace CountryRelations.Api.Cli;

/// <summary>
/// <c>countryrelations import</c>: imports files and folders of archived pages, one transaction per document,
/// with a progress bar for folders and a summary table; exits 1 when any document was refused.
/// </summary>
public sealed class ImportCommand(DocumentImporter importer, IAnsiConsole console)
{
    public async Task<int> RunAsync(ImportOptions options, CancellationToken cancellationToken = default)
    {
        var (documents, missing) = await ImportFolder.ListAsync(options.Paths, cancellationToken);
        if (documents is null)
        {
            console.MarkupLineInterpolated($"[red]No such file or folder: {missing}[/]");
            return 1;
        }

        var results = new List<ImportResult>();
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing", maxValue: documents.Count);
                foreach (var (path, manifest) in documents)
                {
                    task.Description = Path.GetFileName(path);
                    var request = manifest.Complete(options.Defaults with { Name = Path.GetFileName(path), Content = await File.ReadAllBytesAsync(path, cancellationToken) });
                    results.Add(await importer.ImportAsync(request, cancellationToken));
                    task.Increment(1);
                }

                task.Description = "Imported";
            });

        if (options.Defaults.DryRun)
        {
            foreach (var result in results.Where(r => r.Page is not null))
            {
                ShowSections(result);
            }
        }

        ShowSummary(results);
        // A dry run fails as the real import would: a page it would refuse makes the exit code 1.
        return results.Any(r => r.Outcome == ImportOutcome.Refused || r.Outcome == ImportOutcome.Parsed && r.WouldBe is null) ? 1 : 0;
    }

    private void ShowSections(ImportResult result)
    {
        var page = result.Page!;
        if (result.Identity is { } identity)
        {
            var facts = new Table().Title($"{Markup.Escape(result.Name)}: where the page goes").AddColumns("Fact", "Value", "Found in");
            facts.AddRow("country", Markup.Escape(identity.Country.Value ?? "?"), identity.Country.Origin.ToString());
            facts.AddRow("publisher", Markup.Escape(identity.Publisher.Value ?? "?"), identity.Publisher.Origin.ToString());
            facts.AddRow("language", Markup.Escape(identity.Language.Value ?? "?"), identity.Language.Origin.ToString());
            facts.AddRow("date", identity.PublishedOn.Value is { } date ? IsoDate.Format(date) + (page.DatePrecision == Dates.DatePrecision.Day ? "" : $" (to the {page.DatePrecision.ToString().ToLowerInvariant()})") : "no date stated", identity.PublishedOn.Origin.ToString());
            foreach (var clue in identity.CountryClues)
            {
                facts.AddRow("country clue", clue.CountryCode, $"{clue.Origin}: {Markup.Escape(clue.Evidence)}");
            }

            console.Write(facts);
            foreach (var note in identity.Notes)
            {
                console.MarkupLineInterpolated($"[yellow]{note}[/]");
            }
        }

        var table = new Table().Title($"{Markup.Escape(result.Name)}: sections").AddColumns("#", "Topic", "From", "Heading", "Begins");
        foreach (var (section, index) in page.Sections.Select((s, i) => (s, i)))
        {
            var begins = section.Body.Length > 60 ? section.Body[..60] + "…" : section.Body;
            var topic = section.Topic ?? Topic.Other;
            table.AddRow(
                (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                topic.ToString(),
                TopicVocabulary.BasisOf(section.Heading, section.Body, topic).ToString(),
                Markup.Escape(section.Heading),
                Markup.Escape(begins.ReplaceLineEndings(" ")));
        }

        console.Write(table);
        if (page.UnknownHeadings.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]Unknown headings (topic from the body, else OTHER): {string.Join(", ", page.UnknownHeadings)}[/]");
        }

        foreach (var warning in result.Warnings)
        {
            console.MarkupLineInterpolated($"[red]{warning.Code}[/]: {warning.Message}");
        }
    }

    private void ShowSummary(List<ImportResult> results)
    {
        var table = new Table().Title("Import summary").AddColumns("Document", "Profile", "Outcome", "Details");
        foreach (var result in results)
        {
            var colour = result.Outcome switch
            {
                ImportOutcome.Refused => "red",
                ImportOutcome.AlreadyStored => "grey",
                ImportOutcome.Parsed => "blue",
                _ => "green",
            };
            var details = result.ErrorCode is null ? result.Message : $"{result.ErrorCode}: {result.Message}";

            if (result.Page?.UnknownHeadings is { Count: > 0 } unknown)
            {
                details += $" Unknown headings: {string.Join(", ", unknown)}.";
            }

            table.AddRow(Markup.Escape(result.Name), Markup.Escape(result.Profile ?? ""), $"[{colour}]{result.Outcome}[/]", Markup.Escape(details));
        }

        console.Write(table);

        // What to type to register a page's publisher, one line each so that it can be copied: the next import then succeeds.
        foreach (var suggested in results.Select(r => r.SuggestedPublisher).OfType<PublisherDefinition>().DistinctBy(p => string.Join(',', p.Hosts)))
        {
            var government = suggested.Government is null ? "" : " --government " + suggested.Government;
            console.WriteLine($"Suggested: publishers add {suggested.Code} --name \"{suggested.Name}\"{government} --hosts {string.Join(',', suggested.Hosts)} --languages {string.Join(',', suggested.Languages)}");
        }

        var counts = results.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}");
        console.WriteLine(string.Join(", ", counts));
    }
}
