using CountryRelations.Api.Cli;
using CountryRelations.Api.Hosting;
using CountryRelations.Api.Security;

var builder = WebApplication.CreateBuilder(args);
if (await CommandLine.TryRunAsync(args, builder.Configuration) is { } exitCode)
{
    return exitCode;
}

if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

await using var database = await DatabaseConnection.OpenAsync(builder.Configuration);
builder.Configuration.AddInMemoryCollection(EmbeddedDefaults.For(builder.Configuration));
WebApplication app;
try
{
    app = await builder.BuildCountryRelationsAsync(database.ConnectionString, database.OwnerConnectionString);
}
catch (SigningKeyException refusal)
{
    await Console.Error.WriteLineAsync("Not starting: " + refusal.Message);
    return 1;
}

app.AnnounceGraphQLUrl();
await app.RunAsync();
return 0;
