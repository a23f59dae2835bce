namespace CountryRelations.Tests.Transport;

/// <summary>One hostile or malformed HTTP request and the refusal it must get.</summary>
/// <param name="Name">What it tries.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Query">The URL's query string, without "?" (GET parameters), or empty.</param>
/// <param name="Body">The raw body, or null.</param>
/// <param name="ContentType">The body's Content-Type.</param>
/// <param name="Token">Bearer token; null sends the staff token, "" none.</param>
/// <param name="Status">The expected HTTP status.</param>
/// <param name="Code">The expected <c>extensions.code</c> of the first error.</param>
/// <param name="Accept">The Accept header.</param>
public sealed record HostileCase(
    string Name,
    HttpMethod Method,
    string Query,
    byte[]? Body,
    string? ContentType,
    string? Token,
    int Status,
    string Code,
    string Accept = "application/graphql-response+json")
{
    public override string ToString() => Name;
}
