using System.Net.Sockets;
using Gateway;

namespace Platform.IntegrationTests.Activities;

/// <summary>The gateway's ready check reports which services it can reach.</summary>
public sealed class GatewayReadinessTests(FullPlatformFixture fixture) : IClassFixture<FullPlatformFixture>
{
    [Fact]
    public async Task Gateway_ready_check_is_healthy_and_ops_sees_every_service_as_reachable()
    {
        using var anonymous = fixture.Stack.Client();
        using var ops = fixture.Stack.Client(fixture.Stack.Tokens.For("ops-member", "ops"));

        using var ready = await anonymous.GetAsync("/health/ready");
        using var detailed = await ops.GetAsync("/ops/gateway/health");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var probed = (await ready.ReadJsonAsync()).GetProperty("checks").GetProperty("services");
        Assert.True("Healthy" == probed.GetProperty("status").GetString(), probed.ToString());
        Assert.False(probed.TryGetProperty("data", out _), "An anonymous probe sees statuses, not each check's data.");

        Assert.Equal(HttpStatusCode.OK, detailed.StatusCode);
        var services = (await detailed.ReadJsonAsync()).GetProperty("checks").GetProperty("services");
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
        using var ops = new HttpClient { BaseAddress = gateway.Address };
        ops.DefaultRequestHeaders.Authorization = new("Bearer", tokens.For("ops-member", "ops"));

        using var ready = await client.GetAsync("/health/ready");
        using var detailed = await ops.GetAsync("/ops/gateway/health");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.ReadJsonAsync();
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Contains("basel", report.GetProperty("checks").GetProperty("services").GetProperty("description").GetString());
        var services = (await detailed.ReadJsonAsync()).GetProperty("checks").GetProperty("services");
        Assert.Equal("unreachable", services.GetProperty("data").GetProperty("basel").GetString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
