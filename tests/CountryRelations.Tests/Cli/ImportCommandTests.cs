using CountryRelations.Api.Cli;
using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CountryRelations.Tests.Cli;

public sealed class ImportCommandTests
{
    private static (ImportCommand Command, StringWriter Output) Command(IServiceProvider services)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No });
        return (new ImportCommand(services.GetRequiredService<DocumentImporter>(), console), output);
    }

    [Fact]
    public async Task Importing_the_samples_folder_twice_creates_then_reports_everything_as_already_stored()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var (options, error) = ImportOptions.Parse([samples, "--publisher", publisher, "--recorded-by", "tests"]);
        Assert.Null(error);

        var (first, firstOutput) = Command(server.Services);
        var firstExit = await first.RunAsync(options!);
        var (second, secondOutput) = Command(server.Services);
        var secondExit = await second.RunAsync(options!);

        Assert.Equal(0, firstExit);
        var count = await SampleImports.CountAsync();
        Assert.Contains($"{count} Created", firstOutput.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, secondExit);
        Assert.Contains($"{count} AlreadyStored", secondOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_document_makes_the_exit_code_non_zero_and_the_rest_carries_on()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var folder = Directory.CreateTempSubdirectory("import-").FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "us-en_laos_2014-01-31.txt"), Path.Combine(folder, "laos.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "undated.txt"), "France and Senegal\n\nEconomic relations\n\nTrade.");
        var (options, _) = ImportOptions.Parse([folder, "--publisher", publisher]);

        var (command, output) = Command(server.Services);
        var exit = await command.RunAsync(options!);

        Assert.Equal(1, exit);
        Assert.Contains("DATE_REQUIRED", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 Created", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_of_a_page_from_an_unknown_host_says_what_to_register()
    {
        var server = await TestServer.GetAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("import-").FullName, "page.txt");
        await File.WriteAllTextAsync(file, "Utenriksdepartementet\n\nNorway and Laos\n\nPolitical relations\n\nNorway and Laos established relations in 1973.\n\nUpdated: 04/05/2021\n");
        var host = $"{Guid.NewGuid():N}.example.no";
        var (options, _) = ImportOptions.Parse([file, "--source", $"https://{host}/laos", "--dry-run"]);

        var (command, output) = Command(server.Services);
        var exit = await command.RunAsync(options!);

        Assert.Equal(1, exit);
        // The test console wraps long lines: compare without the spacing.
        var text = string.Concat(output.ToString().Where(c => !char.IsWhiteSpace(c) && c != '│'));
        Assert.Contains("UNKNOWN_HOST", text, StringComparison.Ordinal);
        Assert.Contains($"Suggested:publishersaddNO-MFA--name\"{host}\"--governmentNO--hosts{host}--languagesen", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Name at least one file")]
    [InlineData(new[] { "x.txt", "--date", "23/03/2016" }, "is not a date")]
    [InlineData(new[] { "x.txt", "--colour", "red" }, "Unknown option")]
    public void Bad_usage_is_explained(string[] args, string message)
    {
        var (options, error) = ImportOptions.Parse(args);

        Assert.Null(options);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_exits_non_zero_when_the_real_import_would_refuse_a_page()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var folder = Directory.CreateTempSubdirectory("dry-run-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "fine.txt"), "France and Senegal\n\nPolitical relations\n\nRegular dialogue.\n\nUpdated: 01/01/2016");
        var future = Path.Combine(folder, "future");
        Directory.CreateDirectory(future);
        await File.WriteAllTextAsync(Path.Combine(future, "future.txt"), "France and Senegal\n\nPolitical relations\n\nRegular dialogue.\n\nUpdated: 01/01/2099");

        var (fine, _) = ImportOptions.Parse([Path.Combine(folder, "fine.txt"), "--publisher", publisher, "--country", "SN", "--language", "en", "--dry-run"]);
        var (refused, _) = ImportOptions.Parse([future, "--publisher", publisher, "--country", "SN", "--language", "en", "--dry-run"]);

        Assert.Equal(0, await Command(server.Services).Command.RunAsync(fine!));
        Assert.Equal(1, await Command(server.Services).Command.RunAsync(refused!));
    }
}
