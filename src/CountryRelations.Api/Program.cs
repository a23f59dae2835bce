using CountryRelations.Api.Cli;
using CountryRelations.Api.Hosting;
using CountryRelations.Api.Transport;

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
builder.Services.AddCountryRelations(database.ConnectionString, builder.Configuration);

var app = builder.Build();
await app.Services.PrepareDatabaseAsync(seed: builder.Configuration.GetValue("Seed:ReferenceProfile", true));
app.MapGraphQLEndpoint();
app.AnnounceGraphQLUrl();
await app.RunAsync();
return 0;
