using System.CommandLine;
using CountryRelations.Api.Hosting;
using CountryRelations.Api.Security;

namespace CountryRelations.Api.Cli;

/// <summary><c>token --role editor|auditor [--name NAME] [--days N]</c>: prints a bearer token signed with the installation's key.</summary>
public static class TokenCommand
{
    public static Command Command(string[] overrides)
    {
        var roles = new Option<string[]>("--role") { Description = "editor or auditor; repeat for both.", Required = true, AllowMultipleArgumentsPerToken = false };
        roles.AcceptOnlyFromAmong(Roles.Editor, Roles.Auditor);
        var name = new Option<string>("--name") { Description = "Whom the token names.", DefaultValueFactory = _ => Environment.UserName };
        var days = new Option<int>("--days") { Description = "How long it is valid, 1 to 366 days.", DefaultValueFactory = _ => 30 };
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 366)
            {
                result.AddError("--days must be from 1 to 366.");
            }
        });
        var command = CountryRelationsCommandLine.Verb("token", "Print a bearer token signed with the installation's key (.data/signing-key for the embedded setup).",
            (result, _) => Task.FromResult(Run(result.GetValue(roles)!, result.GetValue(name)!, result.GetValue(days), overrides)));
        command.Options.Add(roles);
        command.Options.Add(name);
        command.Options.Add(days);
        return command;
    }

    private static int Run(string[] roles, string name, int days, string[] overrides)
    {
        JwtSettings settings;
        try
        {
            var configuration = ConfigurationOverrides.Builder(overrides).Configuration;
            settings = SigningKeys.Resolve(EmbeddedDefaults.Apply(configuration));
        }
        catch (SigningKeyException refusal)
        {
            Console.Error.WriteLine(refusal.Message);
            return ExitCodes.CannotStart;
        }

        if (settings.Authority is not null)
        {
            Console.Error.WriteLine("Tokens come from the identity provider at Authentication:Jwt:Authority; this server mints none.");
            return ExitCodes.Usage;
        }

        if (settings.SigningKey == JwtSettings.DevelopmentKey)
        {
            Console.Error.WriteLine("Signed with the development key: accepted in the Development environment only.");
        }

        Console.WriteLine(TokenIssuer.Issue(settings, name, roles.Distinct(), TimeSpan.FromDays(days)));
        return ExitCodes.Success;
    }
}
