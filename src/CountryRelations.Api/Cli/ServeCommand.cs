using CountryRelations.Api.Hosting;
using CountryRelations.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace CountryRelations.Api.Cli;

/// <summary><c>serve</c> (the default): the GraphQL server, over the configured database or its own.</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(string[] overrides, CancellationToken cancellationToken)
    {
        var builder = ConfigurationOverrides.Builder(overrides);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        await using var database = await DatabaseConnection.OpenAsync(builder.Configuration, cancellationToken);
        builder.Configuration.AddInMemoryCollection(EmbeddedDefaults.For(builder.Configuration));
        WebApplication app;
        try
        {
            app = await builder.BuildCountryRelationsAsync(database.ConnectionString, database.OwnerConnectionString, embedded: database.IsLocalCluster);
        }
        catch (SigningKeyException refusal)
        {
            await Console.Error.WriteLineAsync("Not starting: " + refusal.Message);
            return ExitCodes.CannotStart;
        }

        app.AnnounceGraphQLUrl();
        await app.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
