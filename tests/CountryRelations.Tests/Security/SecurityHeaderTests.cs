using System.Net.Http.Headers;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Security;

public sealed class SecurityHeaderTests
{
    [Theory]
    [InlineData("POST", "{\"query\":\"{ countries { code } }\"}")]
    [InlineData("POST", "{not json")]
    [InlineData("PUT", "{}")]
    [InlineData("GET", null)]
    public async Task Every_response_errors_included_carries_the_security_headers(string method, string? body)
    {
        var server = await TestServer.GetAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), server.GraphQLUri);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await server.Client.SendAsync(request);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
