using Microsoft.AspNetCore.Builder;

namespace CountryRelations.Api.Cli;

/// <summary>
/// Configuration given on the command line, accepted by every verb: <c>--Section:Key=value</c>,
/// <c>--Section:Key value</c>, <c>--Section__Key …</c>, and ASP.NET's own <c>--urls</c> and <c>--environment</c>. They
/// are taken out before the verb's own options are parsed, so anything else unknown is a mistake (a misspelt
/// option), reported as one.
/// </summary>
public static class ConfigurationOverrides
{
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase) { "urls", "environment", "applicationName" };

    /// <summary>Splits <paramref name="args"/> into configuration overrides and the rest, for the verbs' parser.</summary>
    public static (string[] Overrides, string[] Remaining) Split(IReadOnlyList<string> args)
    {
        var overrides = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            var name = token.StartsWith("--", StringComparison.Ordinal) ? token[2..].Split('=', 2)[0] : null;
            if (name is null || (!name.Contains(':', StringComparison.Ordinal) && !name.Contains("__", StringComparison.Ordinal) && !HostKeys.Contains(name)))
            {
                rest.Add(token);
                continue;
            }

            overrides.Add(token);
            if (!token.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                overrides.Add(args[++i]);
            }
        }

        return ([.. overrides], [.. rest]);
    }

    /// <summary>A web application builder whose configuration is appsettings.json beside the binaries (wherever the command is run from), the environment, then <paramref name="overrides"/>.</summary>
    public static WebApplicationBuilder Builder(string[] overrides) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = overrides, ContentRootPath = AppContext.BaseDirectory });
}
