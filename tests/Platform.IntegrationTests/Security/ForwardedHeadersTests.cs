using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Gateway.Routing;
using Microsoft.AspNetCore.Hosting;

namespace Platform.IntegrationTests.Security;

/// <summary>
/// What the service behind the gateway was sent (method and headers, as they arrived) and what
/// it believed once its own pipeline ran (client address, host, scheme), by correlation id.
/// </summary>
public sealed class ReceivedRequests : IStartupFilter
{
    public ConcurrentDictionary<string, ReceivedRequest> ByCorrelationId { get; } = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            var method = context.Request.Method;
            var headers = context.Request.Headers.ToDictionary(
                header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            await following(context);
            ByCorrelationId[headers.GetValueOrDefault("X-Correlation-Id", "")] = new ReceivedRequest(
                method, headers, context.Connection.RemoteIpAddress, context.Request.Host.Value ?? "", context.Request.Scheme);
        });
        next(app);
    };
}

public sealed record ReceivedRequest(string Method, Dictionary<string, string> Headers, IPAddress? Client, string Host, string Scheme);

public sealed class ForwardedHeadersFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public ReceivedRequests AtBasel { get; } = new();

    public ReceivedRequests AtReporting { get; } = new();

    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel, PlatformServices.Reporting];

    protected override PlatformStackOptions Customize(PlatformStackOptions options) =>
        options.Intercept(PlatformServices.Basel, AtBasel).Intercept(PlatformServices.Reporting, AtReporting);
}

/// <summary>
/// Nothing a client puts in a header makes a service believe something false about the request.
/// A service believes <c>X-Forwarded-*</c> from the gateway (whose connections leave from
/// 127.0.0.10, the services' configured trusted proxy) and from nobody else, other local callers
/// included; the clients here connect from other loopback addresses, so the address a service
/// reports says whom it believed.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersFixture fixture) : IClassFixture<ForwardedHeadersFixture>
{
    private static readonly IPAddress Client = IPAddress.Parse("127.0.0.3");
    private static readonly IPAddress Stranger = IPAddress.Parse("127.0.0.2");

    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Service_sees_only_the_gateways_forwarding_headers_and_no_hop_by_hop_or_method_override()
    {
        using var client = Stack.Client();
        using var request = Request("forwarded-headers-1");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
        request.Headers.TryAddWithoutValidation("X-HTTP-Method-Override", "DELETE");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.Connection.Add("X-Hop");
        request.Headers.TryAddWithoutValidation("X-Hop", "only-for-the-next-hop");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (method, headers, _, _, _) = fixture.AtBasel.ByCorrelationId["forwarded-headers-1"];
        Assert.Equal("GET", method);
        Assert.Equal("127.0.0.1", headers["X-Forwarded-For"]);
        Assert.Equal(Stack.Gateway.Address.Authority, headers["X-Forwarded-Host"]);
        Assert.Equal("http", headers["X-Forwarded-Proto"]);
        Assert.False(headers.ContainsKey("X-HTTP-Method-Override"));
        Assert.False(headers.ContainsKey("Upgrade"));
        Assert.False(headers.ContainsKey("X-Hop"));
        Assert.False(headers.TryGetValue("Connection", out var connection) && connection.Contains("X-Hop", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("203.0.113.9", headers.Values);
        Assert.DoesNotContain("evil.example", headers.Values);
    }

    [Fact]
    public async Task Service_takes_the_client_address_and_host_the_gateway_forwards()
    {
        using var client = ClientFrom(Client, Stack.Gateway.Address);
        using var request = Request("forwarded-headers-2");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var believed = fixture.AtBasel.ByCorrelationId["forwarded-headers-2"];
        Assert.Equal(Client, believed.Client);
        Assert.Equal(Stack.Gateway.Address.Authority, believed.Host);
        Assert.Equal("http", believed.Scheme);
    }

    [Fact]
    public async Task Service_ignores_forwarded_headers_from_a_caller_that_is_not_its_trusted_proxy()
    {
        using var direct = ClientFrom(Stranger, Stack.Service(PlatformServices.Basel).Address);
        using var request = Request("forwarded-headers-3");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");

        using var response = await direct.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var believed = fixture.AtBasel.ByCorrelationId["forwarded-headers-3"];
        Assert.Equal(Stranger, believed.Client);
        Assert.Equal(Stack.Service(PlatformServices.Basel).Address.Authority, believed.Host);
        Assert.Equal("http", believed.Scheme);
    }

    [Theory]
    [InlineData(PlatformServices.Basel, "/api/basel/activities")]
    [InlineData(PlatformServices.Reporting, "/api/reports/activities")]
    public async Task Service_ignores_forwarded_headers_from_a_local_caller_that_is_not_the_gateway(string service, string path)
    {
        var correlationId = $"forwarded-headers-local-{service}";
        using var direct = ClientFrom(IPAddress.Loopback, Stack.Service(service).Address);
        using var request = Request(correlationId, path);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");

        using var response = await direct.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = service == PlatformServices.Basel ? fixture.AtBasel : fixture.AtReporting;
        var believed = received.ByCorrelationId[correlationId];
        Assert.Equal(IPAddress.Loopback, believed.Client);
        Assert.Equal(Stack.Service(service).Address.Authority, believed.Host);
    }

    private HttpRequestMessage Request(string correlationId, string path = "/api/basel/activities")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", Stack.Tokens.For("basel-member", "basel-team"));
        request.Headers.Add("X-Correlation-Id", correlationId);
        return request;
    }

    /// <summary>An HTTP client whose connections leave from <paramref name="local"/>, as the gateway's do.</summary>
    private static HttpClient ClientFrom(IPAddress local, Uri target) => new(new SocketsHttpHandler
    {
        ConnectCallback = ForwardingSourceAddress.ConnectFrom(local),
    })
    {
        BaseAddress = target,
        Timeout = TimeSpan.FromSeconds(30),
    };
}
