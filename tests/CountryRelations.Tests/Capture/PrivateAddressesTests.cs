using System.Net;
using CountryRelations.Capture;

namespace CountryRelations.Tests.Capture;

public sealed class PrivateAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    public void Loopback_private_link_local_metadata_and_reserved_addresses_are_refused(string address) =>
        Assert.True(PrivateAddresses.Contains(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("193.51.0.1")]
    [InlineData("2a00:1450:4007::1")]
    [InlineData("::ffff:8.8.4.4")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.False(PrivateAddresses.Contains(IPAddress.Parse(address)), address);
}
