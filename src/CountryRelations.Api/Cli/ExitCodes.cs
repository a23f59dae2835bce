namespace CountryRelations.Api.Cli;

/// <summary>What the command line's exit codes mean (listed in <c>--help</c> and the README).</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Done, but something was refused or found broken: a document not imported, a chain that does not verify, a stale contract.</summary>
    public const int Refused = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Could not start: an untrusted or missing key, a database that never answered.</summary>
    public const int CannotStart = 3;

    /// <summary>The text <c>--help</c> shows.</summary>
    public const string Help = "Exit codes: 0 done; 1 something refused or broken (a document, a chain, a stale contract); 2 usage; 3 could not start (keys, database).";
}
