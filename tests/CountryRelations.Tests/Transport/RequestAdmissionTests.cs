using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

/// <summary>Requests refused before GraphQL runs: malformed HTTP framing, and streams refused for want of a token.</summary>
public sealed class RequestAdmissionTests
{
    public static TheoryData<string> BadFraming => new()
    {
        "ZZ\r\n{}\r\n0\r\n\r\n",                          // not a hexadecimal chunk size
        "-5\r\n{}\r\n0\r\n\r\n",                          // a negative one
        "2;" + new string('x', 20000) + "\r\n{}\r\n0\r\n\r\n", // a chunk extension far too long
        "FFFFFFFFFFFFFFFFFFFF\r\n{}",                      // a size no body could have
    };

    [Theory]
    [MemberData(nameof(BadFraming))]
    public async Task A_malformed_chunked_body_is_a_coded_400_never_a_500(string body)
    {
        var server = await TestServer.GetAsync();
        using var client = new TcpClient();
        await client.ConnectAsync(server.GraphQLUri.Host, server.GraphQLUri.Port);
        await using var stream = client.GetStream();
        var request = $"POST /graphql HTTP/1.1\r\nHost: {server.GraphQLUri.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{body}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();

        var status = answer.Split(' ', 3)[1];
        Assert.True(status is "400" or "413", answer.Length > 400 ? answer[..400] : answer);
        var json = answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        Assert.Contains("\"code\":\"INVALID_REQUEST\"", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_refused_for_want_of_a_token_says_how_to_authenticate()
    {
        var server = await TestServer.GetAsync();
        using var response = await server.PostEventStreamAsync("{ revisions(country: \"KP\", first: 1) { nodes { recordedBy } } }");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("UNAUTHENTICATED", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!);
    }
}
