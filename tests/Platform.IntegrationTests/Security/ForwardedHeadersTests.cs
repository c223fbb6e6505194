using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Hosting;
using Platform.Testing;
using Xunit;

namespace Platform.IntegrationTests.Security;

/// <summary>What the service behind the gateway was sent, by correlation id.</summary>
public sealed class ReceivedRequests : IStartupFilter
{
    public ConcurrentDictionary<string, (string Method, Dictionary<string, string> Headers)> ByCorrelationId { get; } = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            var headers = context.Request.Headers.ToDictionary(
                header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            ByCorrelationId[context.Request.Headers["X-Correlation-Id"].ToString()] = (context.Request.Method, headers);
            return following(context);
        });
        next(app);
    };
}

public sealed class ForwardedHeadersFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public ReceivedRequests AtBasel { get; } = new();

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

/// <summary>Nothing a client puts in a header makes a service believe something false about the request.</summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersFixture fixture) : IClassFixture<ForwardedHeadersFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Service_sees_only_the_gateways_forwarding_headers_and_no_hop_by_hop_or_method_override()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/basel/activities");
        request.Headers.Add("X-Correlation-Id", "forwarded-headers-1");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
        request.Headers.TryAddWithoutValidation("X-HTTP-Method-Override", "DELETE");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.Connection.Add("X-Hop");
        request.Headers.TryAddWithoutValidation("X-Hop", "only-for-the-next-hop");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (method, headers) = fixture.AtBasel.ByCorrelationId["forwarded-headers-1"];
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
}
