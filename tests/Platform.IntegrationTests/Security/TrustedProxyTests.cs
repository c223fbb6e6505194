using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Hosting;
using Platform.Testing;
using Xunit;

namespace Platform.IntegrationTests.Security;

/// <summary>What the service believed about each request (client address, host, scheme) once its pipeline ran, by correlation id.</summary>
public sealed class BelievedRequests : IStartupFilter
{
    public ConcurrentDictionary<string, (IPAddress? Client, string Host, string Scheme)> ByCorrelationId { get; } = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            await following(context);
            ByCorrelationId[context.Request.Headers["X-Correlation-Id"].ToString()] =
                (context.Connection.RemoteIpAddress, context.Request.Host.Value ?? "", context.Request.Scheme);
        });
        next(app);
    };
}

public sealed class TrustedProxyFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public BelievedRequests AtBasel { get; } = new();

    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel];

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options with
    {
        ConfigureServices = (name, services) =>
        {
            if (name == PlatformServices.Basel)
            {
                services.AddSingleton<IStartupFilter>(AtBasel);
            }
        },
    };
}

/// <summary>
/// A service believes <c>X-Forwarded-*</c> from the gateway (127.0.0.1, its configured trusted
/// proxy) and from nobody else. Clients here connect from other loopback addresses, so the
/// address a service reports says who it believed.
/// </summary>
public sealed class TrustedProxyTests(TrustedProxyFixture fixture) : IClassFixture<TrustedProxyFixture>
{
    private static readonly IPAddress Client = IPAddress.Parse("127.0.0.3");
    private static readonly IPAddress Stranger = IPAddress.Parse("127.0.0.2");

    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Service_takes_the_client_address_and_host_the_gateway_forwards()
    {
        using var client = ClientFrom(Client, Stack.Gateway.Address);
        using var request = Request("trusted-proxy-1");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var believed = fixture.AtBasel.ByCorrelationId["trusted-proxy-1"];
        Assert.Equal(Client, believed.Client);
        Assert.Equal(Stack.Gateway.Address.Authority, believed.Host);
        Assert.Equal("http", believed.Scheme);
    }

    [Fact]
    public async Task Service_ignores_forwarded_headers_from_a_caller_that_is_not_its_trusted_proxy()
    {
        using var direct = ClientFrom(Stranger, Stack.Service(PlatformServices.Basel).Address);
        using var request = Request("trusted-proxy-2");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");

        using var response = await direct.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var believed = fixture.AtBasel.ByCorrelationId["trusted-proxy-2"];
        Assert.Equal(Stranger, believed.Client);
        Assert.Equal(Stack.Service(PlatformServices.Basel).Address.Authority, believed.Host);
        Assert.Equal("http", believed.Scheme);
    }

    private HttpRequestMessage Request(string correlationId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/basel/activities");
        request.Headers.Authorization = new("Bearer", Stack.Tokens.For("basel-member", "basel-team"));
        request.Headers.Add("X-Correlation-Id", correlationId);
        return request;
    }

    /// <summary>An HTTP client whose connections leave from <paramref name="local"/>.</summary>
    private static HttpClient ClientFrom(IPAddress local, Uri target) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = target,
        Timeout = TimeSpan.FromSeconds(30),
    };
}
