namespace CountryRelations.Api.Security;

/// <summary>The roles a bearer token may carry (claim <c>role</c>). Readers need no token.</summary>
public static class Roles
{
    /// <summary>May publish, import and correct revisions.</summary>
    public const string Editor = "editor";

    /// <summary>May read who recorded what and why, and run integrity checks.</summary>
    public const string Auditor = "auditor";
}
