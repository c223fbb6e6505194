using System.Net;
using Platform.ServiceDefaults.Forwarding;

namespace Platform.UnitTests.Forwarding;

public sealed class TrustedProxiesTests
{
    [Fact]
    public void Addresses_and_networks_are_read_from_one_comma_separated_setting()
    {
        var trusted = TrustedProxies.Parse(" 10.0.3.7, ::1 ,172.28.0.0/24;fd00::/8 ");

        Assert.Equal([IPAddress.Parse("10.0.3.7"), IPAddress.IPv6Loopback], trusted.Addresses);
        Assert.Equal([IPNetwork.Parse("172.28.0.0/24"), IPNetwork.Parse("fd00::/8")], trusted.Networks);
        Assert.False(trusted.IsEmpty);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void Nothing_configured_trusts_nobody(string? setting) =>
        Assert.True(TrustedProxies.Parse(setting).IsEmpty);

    [Theory]
    [InlineData("gateway")]
    [InlineData("10.0.3.300")]
    [InlineData("10.0.3.0/33")]
    [InlineData("*")]
    public void An_entry_that_is_no_address_or_network_stops_the_start_naming_it(string entry)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrustedProxies.Parse("127.0.0.1, " + entry));

        Assert.Contains($"'{entry}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(TrustedProxies.SettingName, error.Message, StringComparison.Ordinal);
    }
}
