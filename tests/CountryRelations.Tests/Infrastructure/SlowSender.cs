using System.Net.Sockets;
using System.Text;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>A client that sends a POST's headers promising a body, then only part of it, and holds the connection open.</summary>
public sealed class SlowSender : IDisposable
{
    private readonly TcpClient _client;

    private SlowSender(TcpClient client) => _client = client;

    /// <summary>Connects to <paramref name="graphQL"/>, promises <paramref name="promised"/> bytes of JSON body and sends <paramref name="sent"/> of them.</summary>
    public static async Task<SlowSender> StartAsync(Uri graphQL, int promised, int sent)
    {
        var client = new TcpClient();
        await client.ConnectAsync(graphQL.Host, graphQL.Port);
        var head = $"POST {graphQL.AbsolutePath} HTTP/1.1\r\nHost: {graphQL.Authority}\r\nContent-Type: application/json\r\nContent-Length: {promised}\r\n\r\n";
        var body = "{\"query\":\"" + new string(' ', Math.Max(0, sent - 10));
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head + body[..Math.Min(body.Length, sent)]));
        await client.GetStream().FlushAsync();
        return new SlowSender(client);
    }

    public void Dispose() => _client.Dispose();
}
