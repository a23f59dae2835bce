using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using CountryRelations.Api.Transport;
using Microsoft.AspNetCore.Http;
using System.Text;
using System.Text.Json.Nodes;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

/// <summary>Requests refused before GraphQL runs: malformed HTTP framing, streams refused for want of a token, clients past their rate.</summary>
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

    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", true)]  // one /64: one subscriber
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1", false)]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7", true)]                         // IPv4 mapped into IPv6 is that IPv4 client
    [InlineData("192.0.2.7", "192.0.2.8", false)]
    public void Clients_are_addresses_with_an_IPv6_subscriber_counted_once(string first, string second, bool same)
    {
        static string Key(string address) => RequestAdmission.ClientOf(new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } }).Key;

        Assert.Equal(same, Key(first) == Key(second));
    }

    [Fact]
    public void A_valid_token_is_counted_by_its_subject_wherever_it_comes_from()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "newsroom")], "Bearer"));
        var client = RequestAdmission.ClientOf(new DefaultHttpContext { User = user, Connection = { RemoteIpAddress = IPAddress.Parse("192.0.2.7") } });

        Assert.Equal((true, "newsroom"), client);
    }

    [Fact]
    public async Task A_client_past_its_rate_gets_429_with_Retry_After_and_others_are_still_served()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Limits:ClientRequestsPerSecond"] = "1",
            ["Limits:ClientBurst"] = "3",
            ["Limits:TokenRequestsPerSecond"] = "1",
            ["Limits:TokenBurst"] = "5",
        });
        try
        {
            const string query = "{ countries(search: \"Senegal\") { code } }";
            var anonymous = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
            {
                using var response = await server.PostAsync(query, token: "");
                anonymous.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
                    Assert.Equal("RATE_LIMITED", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!);
                }
            }

            // The same address with a token is another client, with its own bucket; naming another address does not make one.
            using var staff = await server.PostAsync(query);
            using var spoofed = await PostFromAsync(server, query, "192.0.2.99");

            // The bucket refills one a second: the burst is served, and what follows at once is refused.
            Assert.All(anonymous.Take(3), s => Assert.Equal(HttpStatusCode.OK, s));
            Assert.Contains(HttpStatusCode.TooManyRequests, anonymous.Skip(3));
            Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_rate()
    {
        var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Limits:ClientRequestsPerSecond"] = "1",
            ["Limits:ClientBurst"] = "1",
            ["Limits:TrustedProxies"] = "127.0.0.0/8",
        });
        try
        {
            const string query = "{ countries(search: \"Senegal\") { code } }";
            using var first = await PostFromAsync(server, query, "192.0.2.1");
            using var again = await PostFromAsync(server, query, "192.0.2.1");
            using var other = await PostFromAsync(server, query, "192.0.2.2");

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    private static Task<HttpResponseMessage> PostFromAsync(TestServer server, string query, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUri)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return server.Client.SendAsync(request);
    }
}
