namespace CountryRelations.Errors;

/// <summary>
/// A refusal the caller can act on: bad input, a missing record, a concurrency conflict.
/// The <see cref="Code"/> travels to API clients unchanged (GraphQL <c>extensions.code</c>).
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    /// <summary>A stable, machine-readable error code such as <c>COUNTRY_NOT_FOUND</c>.</summary>
    public string Code { get; } = code;
}
