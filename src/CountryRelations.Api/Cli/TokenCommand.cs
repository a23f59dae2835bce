using CountryRelations.Api.Security;
using CountryRelations.Api.Hosting;
using Microsoft.Extensions.Configuration;

namespace CountryRelations.Api.Cli;

/// <summary><c>token --role editor|auditor [--name NAME] [--days N]</c>: prints a bearer token signed with the configured key.</summary>
public static class TokenCommand
{
    public const string Usage = "countryrelations token --role editor|auditor [--role …] [--name NAME] [--days N]\n                                               print a bearer token signed with the installation's key (.data/signing-key for the embedded setup)";

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

        JwtSettings settings;
        try
        {
            settings = SigningKeys.Resolve(EmbeddedDefaults.Apply(configuration));
        }
        catch (SigningKeyException refusal)
        {
            Console.Error.WriteLine(refusal.Message);
            return 2;
        }

        if (settings.Authority is not null)
        {
            Console.Error.WriteLine("Tokens come from the identity provider at Authentication:Jwt:Authority; this server mints none.");
            return 2;
        }

        if (settings.SigningKey == JwtSettings.DevelopmentKey)
        {
            Console.Error.WriteLine("Signed with the development key: accepted in the Development environment only.");
        }

        Console.WriteLine(TokenIssuer.Issue(settings, name, roles, TimeSpan.FromDays(days)));
        return 0;
    }
}
