using System.CommandLine;

namespace CountryRelations.Api.Cli;

/// <summary><c>health [--url URL]</c>: asks a running server whether it is ready (exit 0) or not (exit 1); container health checks use it, as the runtime image has no curl.</summary>
public static class HealthCommand
{
    public static Command Command()
    {
        var url = new Option<string>("--url") { Description = "The readiness address.", DefaultValueFactory = _ => "http://127.0.0.1:8080/health/ready" };
        url.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValueOrDefault<string>(), UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            {
                result.AddError("--url must be an absolute http or https address.");
            }
        });
        var command = CountryRelationsCommandLine.Verb("health", "Ask a running server whether it is ready: exit 0 when /health/ready answers 200, else 1.", async (result, cancellationToken) =>
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await client.GetAsync(new Uri(result.GetValue(url)!), cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                Console.WriteLine($"{(int)response.StatusCode} {(body.Length > 200 ? body[..200] + "…" : body)}");
                // Only a readiness report counts: any other page answering 200 is not a healthy server.
                return response.IsSuccessStatusCode && body.Trim() == "Healthy" ? ExitCodes.Success : ExitCodes.Refused;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"No answer: {exception.Message}");
                return ExitCodes.Refused;
            }
        });
        command.Options.Add(url);
        return command;
    }
}
