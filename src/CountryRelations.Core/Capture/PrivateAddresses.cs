using System.Net;
using System.Net.Sockets;

namespace CountryRelations.Capture;

/// <summary>
/// Addresses outbound requests never reach unless an operator allows it (<c>Capture:AllowPrivateAddresses</c>):
/// loopback, private, shared (CGNAT), link-local (cloud metadata at 169.254.169.254 among them), unique-local,
/// multicast, reserved and unspecified ranges, in IPv4, IPv6 and IPv4-mapped IPv6. Checked on the address a name
/// resolved to, at connection time, so neither DNS tricks nor redirects get past it.
/// </summary>
public static class PrivateAddresses
{
    private static readonly (IPAddress Network, int Prefix)[] Blocked =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.Parse("::"), 128),
        (IPAddress.Parse("::1"), 128),
        (IPAddress.Parse("64:ff9b:1::"), 48),
        (IPAddress.Parse("100::"), 64),
        (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    /// <summary>True when <paramref name="address"/> lies in a range outbound requests must not reach.</summary>
    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return Blocked.Any(range => range.Network.AddressFamily == address.AddressFamily && InRange(address, range.Network, range.Prefix));
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = prefix / 8;
        for (var i = 0; i < whole; i++)
        {
            if (a[i] != n[i])
            {
                return false;
            }
        }

        var rest = prefix % 8;
        return rest == 0 || (a[whole] & (0xFF << (8 - rest))) == (n[whole] & (0xFF << (8 - rest)));
    }

    /// <summary>
    /// A handler whose every connection goes to an address the name resolved to and that is allowed: the first allowed
    /// one, or none (<see cref="HttpRequestException"/> naming the host). Redirects are not followed here.
    /// </summary>
    public static SocketsHttpHandler GuardedHandler(bool allowPrivate, TimeSpan connectTimeout) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = connectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var allowed = addresses.Where(a => allowPrivate || !Contains(a)).ToList();
            if (allowed.Count == 0)
            {
                throw new PrivateAddressException(host);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed[0], context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

/// <summary>A connection refused because every address of the host is private, loopback or reserved.</summary>
public sealed class PrivateAddressException(string host)
    : HttpRequestException($"{host} resolves only to private, loopback or reserved addresses, which are not fetched (Capture:AllowPrivateAddresses).");
