namespace CountryRelations.Api.Security;

/// <summary>The configured token keys cannot be trusted (a published key, a short one, none at all): the server does not start.</summary>
public sealed class SigningKeyException(string message) : Exception(message);
