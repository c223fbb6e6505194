using System.Net;
using System.Net.Sockets;
using Gateway;
using Platform.IntegrationTests.Hosting;
using Xunit;

namespace Platform.IntegrationTests.Activities;

/// <summary>The gateway's ready check reports which services it can reach.</summary>
public sealed class GatewayReadinessTests(FullPlatformFixture fixture) : IClassFixture<FullPlatformFixture>
{
    [Fact]
    public async Task Gateway_ready_check_lists_every_service_as_reachable()
    {
        using var gateway = fixture.Stack.Client();

        using var ready = await gateway.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var services = (await ready.ReadJsonAsync()).GetProperty("checks").GetProperty("services");
        Assert.Equal("Healthy", services.GetProperty("status").GetString());
        foreach (var name in PlatformServices.All)
        {
            Assert.Equal("reachable", services.GetProperty("data").GetProperty(name).GetString());
        }
    }

    [Fact]
    public async Task Gateway_with_an_unreachable_service_is_degraded_and_names_it()
    {
        var tokens = new TestTokens();
        var settings = new Dictionary<string, string?>(tokens.Settings)
        {
            ["ReverseProxy:Clusters:basel:Destinations:primary:Address"] = $"http://127.0.0.1:{ClosedPort()}/",
        };
        await using var gateway = ServiceHost<GatewayService>.Start("gateway", settings);
        using var client = new HttpClient { BaseAddress = gateway.Address };

        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.ReadJsonAsync();
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var services = report.GetProperty("checks").GetProperty("services");
        Assert.Equal("unreachable", services.GetProperty("data").GetProperty("basel").GetString());
        Assert.Contains("basel", services.GetProperty("description").GetString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
