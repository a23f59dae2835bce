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

        // Addresses that cannot be listened on are refused before any work (no cluster started, no migration, no seed).
        if (ListenRefusal(builder.Configuration["urls"] ?? "http://127.0.0.1:5080") is { } refused)
        {
            await Console.Error.WriteLineAsync("Not starting: " + refused);
            return ExitCodes.CannotStart;
        }

        await using var database = await CountryRelationsCommandLine.OpenDatabaseAsync(builder.Configuration, cancellationToken);
        if (database is null)
        {
            return ExitCodes.CannotStart;
        }

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
        try
        {
            await app.RunAsync(cancellationToken);
        }
        catch (IOException failure) when (failure.InnerException is System.Net.Sockets.SocketException || failure.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            // Taken between the check above and now.
            await Console.Error.WriteLineAsync("Not starting: " + failure.Message);
            return ExitCodes.CannotStart;
        }

        return ExitCodes.Success;
    }

    /// <summary>Why the server could not listen on <paramref name="urls"/> (';'-separated), or null when it can.</summary>
    public static string? ListenRefusal(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards ("http://*:5080", "http://+:5080") are hosts too.
            var probe = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)
                || address.AbsolutePath != "/" || address.Port is < 0 or > 65535)
            {
                return $"--urls \"{CountryRelations.Errors.Excerpt.Of(url)}\" is not an address to listen on (e.g. http://127.0.0.1:5080).";
            }

            if (address.Port == 0)
            {
                continue;
            }

            var hosts = address.Host == "localhost" ? [System.Net.IPAddress.Loopback] : System.Net.IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) ? [ip] : Array.Empty<System.Net.IPAddress>();
            foreach (var host in hosts)
            {
                try
                {
                    var listener = new System.Net.Sockets.TcpListener(host, address.Port);
                    listener.Start();
                    listener.Stop();
                }
                catch (System.Net.Sockets.SocketException failure)
                {
                    return $"cannot listen on {url}: {failure.Message}.";
                }
            }
        }

        return null;
    }
}
