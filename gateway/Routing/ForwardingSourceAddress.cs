using System.Net;
using System.Net.Sockets;

namespace Gateway.Routing;

/// <summary>
/// The address the gateway's forwarded requests leave from (<see cref="SettingName"/>). A service
/// believes <c>X-Forwarded-*</c> only from its proxies' addresses; where every process shares one
/// machine (the local run, the tests) every caller is loopback, so the gateway connects from a
/// loopback address of its own (<c>127.0.0.10</c>) and the services trust that one, not any local
/// caller. Unset (containers, a cluster), connections leave from the host's own address.
/// </summary>
public static class ForwardingSourceAddress
{
    public const string SettingName = "Gateway:ForwardingSourceAddress";

    public static IPAddress? Read(IConfiguration configuration) =>
        configuration[SettingName] is { Length: > 0 } text
            ? IPAddress.TryParse(text.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"{SettingName} must be an IP address; '{text}' is not.")
            : null;

    /// <summary>A connect callback for <see cref="SocketsHttpHandler"/> whose sockets are bound to <paramref name="source"/> before they connect.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectFrom(IPAddress source) =>
        async (context, cancellationToken) =>
        {
            var socket = new Socket(source.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
