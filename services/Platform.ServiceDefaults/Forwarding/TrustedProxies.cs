using System.Net;

namespace Platform.ServiceDefaults.Forwarding;

/// <summary>
/// The addresses whose <c>X-Forwarded-*</c> headers a deployable believes: the setting
/// <c>ForwardedHeaders:TrustedProxies</c>, a comma-separated list of addresses (<c>10.0.3.7</c>)
/// and networks (<c>10.0.3.0/24</c>). Nothing listed means nobody is trusted, and the headers are
/// ignored: a deployable that trusted every caller would let any client choose its own address.
/// </summary>
public sealed record TrustedProxies(IReadOnlyList<IPAddress> Addresses, IReadOnlyList<IPNetwork> Networks)
{
    public const string SettingName = "ForwardedHeaders:TrustedProxies";

    public bool IsEmpty => Addresses.Count == 0 && Networks.Count == 0;

    public static TrustedProxies Parse(string? setting)
    {
        var addresses = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        foreach (var entry in (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!entry.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(entry, out var address))
            {
                addresses.Add(address);
            }
            else if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new InvalidOperationException(
                    $"{SettingName}: '{entry}' is neither an IP address nor a network in CIDR notation (10.0.3.0/24).");
            }
        }

        return new TrustedProxies(addresses, networks);
    }
}
