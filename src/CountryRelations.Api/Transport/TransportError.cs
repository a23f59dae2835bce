namespace CountryRelations.Api.Transport;

/// <summary>A request refused before GraphQL execution: its HTTP status and the error's code and message.</summary>
public sealed record TransportError(int StatusCode, string Code, string Message);
