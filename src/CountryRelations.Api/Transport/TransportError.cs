using CountryRelations.Errors;

namespace CountryRelations.Api.Transport;

/// <summary>A request refused before GraphQL execution: the error's code and message; its HTTP status is the code's, from <see cref="ErrorCodes"/>.</summary>
public sealed record TransportError(string Code, string Message)
{
    /// <summary>The HTTP status the code maps to.</summary>
    public int StatusCode => ErrorCodes.StatusOf(Code);
}
