using CountryRelations.Api.Cli;
using CountryRelations.Api.Hosting;

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
var app = await builder.BuildCountryRelationsAsync(database.ConnectionString);
app.AnnounceGraphQLUrl();
await app.RunAsync();
return 0;
