using CountryRelations.Api.Security;
using Microsoft.Extensions.Configuration;

namespace CountryRelations.Api.Cli;

/// <summary><c>token --role editor|auditor [--name NAME] [--days N]</c>: prints a bearer token signed with the configured key.</summary>
public static class TokenCommand
{
    public const string Usage = "countryrelations token --role editor|auditor [--role …] [--name NAME] [--days N]\n                                               print a bearer token signed with the configured (by default: development) key";

    public static int Run(IReadOnlyList<string> args, IConfiguration configuration)
    {
        var roles = new List<string>();
        var name = Environment.UserName;
        var days = 30;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--role" when value is Roles.Editor or Roles.Auditor:
                    roles.Add(value);
                    i++;
                    break;
                case "--name" when !string.IsNullOrWhiteSpace(value):
                    name = value;
                    i++;
                    break;
                case "--days" when int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and <= 366:
                    days = parsed;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unexpected \"{args[i]}\".\n{Usage}");
                    return 2;
            }
        }

        if (roles.Count == 0)
        {
            Console.Error.WriteLine($"Give at least one --role.\n{Usage}");
            return 2;
        }

        var settings = configuration.GetSection("Authentication:Jwt").Get<JwtSettings>() ?? new JwtSettings();
        if (settings.SigningKey == JwtSettings.DevelopmentKey)
        {
            Console.Error.WriteLine("Signed with the development key: fine on your machine, never in production.");
        }

        Console.WriteLine(TokenIssuer.Issue(settings, name, roles, TimeSpan.FromDays(days)));
        return 0;
    }
}
