using System.Text.Json.Nodes;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.Import;
using CountryRelations.Publishers;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Publishers;

/// <summary>
/// Publishers are data: a registry ships with its sources, editors register and amend publishers through GraphQL and
/// the shell, the next import sees them at once, and a page from a host nobody claims is refused naming the host.
/// </summary>
public sealed class PublisherRegistryTests
{
    private const string Register = "mutation($i: RegisterPublisherInput!) { registerPublisher(input: $i) { code government hosts languages } }";
    private const string Update = "mutation($i: UpdatePublisherInput!) { updatePublisher(input: $i) { code name hosts } }";

    private static readonly string[] Languages = ["en", "no"];

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    private static string Code(JsonObject response) => (string)response["errors"]![0]!["extensions"]!["code"]!;

    [Fact]
    public void The_shipped_registry_covers_the_g20_the_eu_and_asean_each_with_hosts_and_a_source()
    {
        var registry = ForeignMinistries.All;
        string[] g20 = ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US"];
        string[] eu = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];
        string[] asean = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];

        Assert.True(registry.Count >= 60, $"{registry.Count} publishers");
        Assert.All(g20.Concat(eu).Concat(asean).Distinct(), code => Assert.Contains(registry, p => p.Government == code));
        Assert.Equal(registry.Count, registry.Select(p => p.Code).Distinct().Count());
        Assert.All(registry, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Code);
            Assert.NotEmpty(p.Hosts);
            Assert.NotEmpty(p.Languages);
            Assert.True(p.Government is null || CountryCatalog.Default.Find(p.Government) is not null, p.Code);
            _ = new PublisherConventions(p);
        });
        var patterns = registry.SelectMany(p => p.Hosts.Select(h => (Pattern: HostPattern.Parse(h).Text, p.Code))).DistinctBy(x => (x.Pattern, x.Code)).ToList();
        Assert.All(patterns.GroupBy(x => x.Pattern), g => Assert.Single(g.Select(x => x.Code).Distinct()));
    }

    [Theory]
    [InlineData("https://hanoi.diplo.de/vn-de/service/bilateral", "DE-MFA")]
    [InlineData("https://ambafrance-kh.org/relations", "FR-MFA")]
    [InlineData("https://2009-2017.state.gov/r/pa/ei/bgn/2770.htm", "US-DOS")]
    [InlineData("https://www.gov.uk/government/organisations/foreign-commonwealth-development-office/about", "GB-FCDO")]
    [InlineData("https://www.regjeringen.no/en/dep/ud/id833/", "NO-MFA")]
    [InlineData("https://www.regjeringen.no/en/dep/kld/id668/", null)]
    [InlineData("https://www.gov.uk/government/organisations/hm-treasury", null)]
    [InlineData("https://diplomatie.gouv.sn/relations", "SN-MAESE")]
    [InlineData("https://www.notdiplomatie.gouv.fr/x", null)]
    public void A_host_pattern_claims_its_sub_domains_and_paths_and_nothing_more(string address, string? publisher) =>
        Assert.Equal(publisher, KnownConventions.Claiming(new Uri(address))?.PublisherCode);

    [Theory]
    [InlineData("com")]
    [InlineData("*.com")]
    [InlineData("*.*")]
    [InlineData("exa mple.org")]
    [InlineData("example.org/<script>")]
    [InlineData("")]
    public void A_pattern_that_would_claim_too_much_or_is_no_host_is_refused(string pattern) =>
        Assert.Equal(ErrorCodes.InvalidInput, Assert.Throws<DomainException>(() => HostPattern.Parse(pattern)).Code);

    [Fact]
    public async Task A_page_from_an_unknown_host_is_refused_naming_it_and_imports_once_its_publisher_is_registered()
    {
        var server = await TestServer.GetAsync();
        var importer = server.Services.GetRequiredService<DocumentImporter>();
        var host = $"mfa-{Unique()}.example.no";
        var page = System.Text.Encoding.UTF8.GetBytes(
            "Ministry of Foreign Affairs of Norway\n\nNorway and Laos\n\nPolitical relations\n\nNorway and Laos established diplomatic relations in 1973.\n\nUpdated: 04/05/2021\n");
        ImportRequest Request(bool dryRun) => new("norway", page, Source: $"https://{host}/en/laos", RecordedBy: "tests", DryRun: dryRun);

        var before = await importer.ImportAsync(Request(dryRun: true));
        var code = "T-" + Unique().ToUpperInvariant();
        var registered = await server.QueryAsync(Register, new { i = new { code, name = "Norwegian test ministry", government = "Norway", hosts = (string[])[host], languages = Languages, source = "tests" } });
        var after = await importer.ImportAsync(Request(dryRun: false));

        Assert.Equal(ErrorCodes.UnknownHost, Assert.Single(before.Warnings).Code);
        Assert.Contains(host, before.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(("NO-MFA", "NO", "Ministry of Foreign Affairs of Norway"), (before.SuggestedPublisher!.Code, before.SuggestedPublisher.Government, before.SuggestedPublisher.Name));
        Assert.True(registered["errors"] is null, registered.ToJsonString());
        Assert.Equal("NO", (string)registered["data"]!["registerPublisher"]!["government"]!);
        Assert.Equal(ImportOutcome.Created, after.Outcome);
        Assert.Equal($"{code}/LA/en", after.Profile);
    }

    [Fact]
    public async Task Registering_and_amending_refuse_what_is_wrong_with_codes_and_only_editors_may()
    {
        var server = await TestServer.GetAsync();
        var code = "T-" + Unique().ToUpperInvariant();
        var host = $"{Unique()}.example.org";
        object Input(string c, string[] hosts, string? conventions = null) => new { i = new { code = c, name = "Test ministry", hosts, conventions } };

        var first = await server.QueryAsync(Register, Input(code, [host]));
        var again = await server.QueryAsync(Register, Input(code, [$"{Unique()}.example.org"]));
        var claimed = await server.QueryAsync(Register, Input("T-" + Unique().ToUpperInvariant(), [host]));
        var shipped = await server.QueryAsync(Register, Input("T-" + Unique().ToUpperInvariant(), ["diplomatie.gouv.fr"]));
        var badCode = await server.QueryAsync(Register, Input("lower case", [$"{Unique()}.example.org"]));
        var badHost = await server.QueryAsync(Register, Input("T-" + Unique().ToUpperInvariant(), ["org"]));
        var badPattern = await server.QueryAsync(Register, Input("T-" + Unique().ToUpperInvariant(), [$"{Unique()}.example.org"], "{\"titlePatterns\": [\"(unclosed\"]}"));
        var badJson = await server.QueryAsync(Register, Input("T-" + Unique().ToUpperInvariant(), [$"{Unique()}.example.org"], "not json"));
        var anonymous = await server.QueryAsync(Register, Input("T-" + Unique().ToUpperInvariant(), [$"{Unique()}.example.org"]), token: "");
        var moved = await server.QueryAsync(Update, new { i = new { code, name = "Renamed ministry", hosts = new[] { host, $"{Unique()}.example.org/ministry" } } });
        var missing = await server.QueryAsync(Update, new { i = new { code = "T-NONE" + Unique().ToUpperInvariant(), name = "x" } });

        Assert.True(first["errors"] is null, first.ToJsonString());
        Assert.Equal(
            [ErrorCodes.PublisherExists, ErrorCodes.HostClaimed, ErrorCodes.HostClaimed, ErrorCodes.InvalidInput, ErrorCodes.InvalidInput, ErrorCodes.InvalidInput, ErrorCodes.InvalidInput, "UNAUTHENTICATED", ErrorCodes.PublisherNotFound],
            new[] { again, claimed, shipped, badCode, badHost, badPattern, badJson, anonymous, missing }.Select(Code));
        Assert.Equal("Renamed ministry", (string)moved["data"]!["updatePublisher"]!["name"]!);
        Assert.Equal(2, moved["data"]!["updatePublisher"]!["hosts"]!.AsArray().Count);
    }

    [Fact]
    public async Task Publishers_are_added_and_listed_from_the_shell()
    {
        var database = await TestDatabase.GetAsync();
        var environment = CliProcess.Database(database.ApplicationConnectionString, database.OwnerConnectionString);
        var code = "T-" + Unique().ToUpperInvariant();
        var host = $"{Unique()}.example.org";

        var added = await CliProcess.RunAsync(["publishers", "add", code, "--name", "Shell ministry", "--government", "IS", "--hosts", host, "--languages", "is,en"], environment);
        var again = await CliProcess.RunAsync(["publishers", "add", code, "--name", "Shell ministry", "--hosts", $"{Unique()}.example.org"], environment);
        var amended = await CliProcess.RunAsync(["publishers", "add", code, "--update", "--name", "Shell ministry, renamed"], environment);
        var listed = await CliProcess.RunAsync(["publishers", "list"], environment);

        Assert.Equal(0, added.Exit);
        Assert.Equal((1, true), (again.Exit, again.Error.StartsWith("PUBLISHER_EXISTS:", StringComparison.Ordinal)));
        Assert.Equal(0, amended.Exit);
        Assert.Contains($"{code}\tIS\tis,en\t{host}\tShell ministry, renamed", listed.Output, StringComparison.Ordinal);
        Assert.Contains("DE-MFA\tDE\tde,en\tauswaertiges-amt.de,diplo.de\t", listed.Output, StringComparison.Ordinal);
    }
}
