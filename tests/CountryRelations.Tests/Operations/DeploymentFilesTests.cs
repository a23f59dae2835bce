using System.Text.RegularExpressions;
using CountryRelations.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace CountryRelations.Tests.Operations;

/// <summary>
/// No Docker engine runs here, so docker-compose.yml and the Dockerfile are checked statically: the YAML parses,
/// images are pinned, every file they name exists, secrets are required, ports meet, the API runs unprivileged,
/// checks its readiness and never migrates, and the entry point is the assembly the project builds.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static YamlMappingNode Services()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, "docker-compose.yml"))));
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    private static string Dockerfile => File.ReadAllText(Path.Combine(Repository.Root, "Dockerfile"));

    [Fact]
    public void The_compose_file_pins_images_names_existing_files_and_requires_its_secrets()
    {
        var services = Services();
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docker-compose.yml"));

        var image = services["db"]["image"].ToString();
        Assert.Matches(@"^postgres:\d+\.\d+$", image);
        foreach (var volume in ((YamlSequenceNode)services["db"]["volumes"]).Select(v => v.ToString()).Where(v => v.StartsWith("./", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(Repository.Root, volume.Split(':')[0])), volume);
        }

        foreach (var secret in new[] { "POSTGRES_PASSWORD", "COUNTRYRELATIONS_OWNER_PASSWORD", "COUNTRYRELATIONS_APP_PASSWORD", "COUNTRYRELATIONS_SIGNING_KEY" })
        {
            Assert.Contains("${" + secret + ":?", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("development-signing-key", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Repository.Root, "Dockerfile")));
    }

    [Fact]
    public void The_api_connects_as_the_application_role_checks_readiness_and_leaves_migrations_to_their_own_step()
    {
        var services = Services();
        var api = (YamlMappingNode)services["api"];
        var migrate = (YamlMappingNode)services["migrate"];

        Assert.Contains("Username=countryrelations_app", api["environment"]["ConnectionStrings__CountryRelations"].ToString(), StringComparison.Ordinal);
        Assert.False(((YamlMappingNode)api["environment"]).Children.ContainsKey("ConnectionStrings__CountryRelationsOwner"));
        Assert.Equal("service_completed_successfully", api["depends_on"]["migrate"]["condition"].ToString());
        Assert.Equal("migrate", ((YamlSequenceNode)migrate["command"])[0].ToString());
        Assert.Contains("/health/ready", string.Join(' ', (YamlSequenceNode)api["healthcheck"]["test"]), StringComparison.Ordinal);
        var (host, container) = (((YamlSequenceNode)api["ports"])[0].ToString().Split(':')[0], ((YamlSequenceNode)api["ports"])[0].ToString().Split(':')[1]);
        Assert.Equal("5080", host);
        Assert.Contains($"ASPNETCORE_URLS=http://0.0.0.0:{container}", Dockerfile, StringComparison.Ordinal);
        Assert.Contains($"EXPOSE {container}", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dockerfile_builds_the_project_runs_unprivileged_and_starts_its_assembly()
    {
        var project = File.ReadAllText(Path.Combine(Repository.Root, "src/CountryRelations.Api/CountryRelations.Api.csproj"));
        var assembly = AssemblyName().Match(project).Groups[1].Value;

        Assert.Matches(@"dotnet publish src/CountryRelations\.Api ", Dockerfile);
        // Ahead-of-time compiled for the image's architecture, still on the shared runtime of the aspnet image.
        Assert.Matches(@"dotnet publish .*--use-current-runtime --self-contained false -p:PublishReadyToRun=true", Dockerfile);
        Assert.True(Directory.Exists(Path.Combine(Repository.Root, "src/CountryRelations.Api")));
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{assembly}.dll\"]", Dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^USER \$APP_UID$", Dockerfile);
        Assert.Matches(@"(?m)^HEALTHCHECK .*""health"", ""--url"", ""http://127\.0\.0\.1:8080/health/ready""", Dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0$", Dockerfile);
    }

    [GeneratedRegex("<AssemblyName>([^<]+)</AssemblyName>")]
    private static partial Regex AssemblyName();
}
