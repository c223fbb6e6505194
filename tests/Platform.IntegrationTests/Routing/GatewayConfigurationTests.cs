using Gateway;
using Microsoft.Extensions.Hosting;
using Yarp.ReverseProxy.Configuration;

namespace Platform.IntegrationTests.Routing;

/// <summary>
/// <c>gateway/appsettings.json</c> as YARP reads it in Production: every route validated by YARP's
/// own validator (its policies exist: authorization, rate limiting, timeouts), every route sent
/// to a cluster that exists and naming an authorization policy, so that no path is ever proxied
/// by the default of no policy.
/// </summary>
public sealed class GatewayConfigurationTests : IAsyncLifetime
{
    private ServiceHost<GatewayService> _gateway = null!;

    public ValueTask InitializeAsync()
    {
        _gateway = ServiceHost<GatewayService>.Start("gateway", new TestTokens().Settings, environment: "Production");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _gateway.DisposeAsync();

    private IProxyConfig Loaded => _gateway.Services.GetRequiredService<IProxyConfigProvider>().GetConfig();

    [Fact]
    public void The_gateway_runs_every_route_and_cluster_of_its_appsettings_file()
    {
        var file = Path.Combine(_gateway.Services.GetRequiredService<IHostEnvironment>().ContentRootPath, "appsettings.json");
        using var settings = JsonDocument.Parse(File.ReadAllText(file));
        var proxy = settings.RootElement.GetProperty("ReverseProxy");

        Assert.Equal(Names(proxy.GetProperty("Routes")), Loaded.Routes.Select(route => route.RouteId).Order(StringComparer.Ordinal));
        Assert.Equal(Names(proxy.GetProperty("Clusters")), Loaded.Clusters.Select(cluster => cluster.ClusterId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_route_and_cluster_passes_the_proxy_validation()
    {
        var validator = _gateway.Services.GetRequiredService<IConfigValidator>();

        foreach (var route in Loaded.Routes)
        {
            var errors = await validator.ValidateRouteAsync(route);
            Assert.True(errors.Count == 0, $"route {route.RouteId}: {string.Join("; ", errors.Select(error => error.Message))}");
        }

        foreach (var cluster in Loaded.Clusters)
        {
            var errors = await validator.ValidateClusterAsync(cluster);
            Assert.True(errors.Count == 0, $"cluster {cluster.ClusterId}: {string.Join("; ", errors.Select(error => error.Message))}");
        }
    }

    [Fact]
    public void Every_route_names_an_existing_cluster_and_an_authorization_policy()
    {
        var clusters = Loaded.Clusters.Select(cluster => cluster.ClusterId).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(Loaded.Routes);
        Assert.All(Loaded.Routes, route =>
        {
            Assert.True(route.ClusterId is not null && clusters.Contains(route.ClusterId), $"route {route.RouteId} is sent to no cluster it names ({route.ClusterId})");
            Assert.False(string.IsNullOrWhiteSpace(route.AuthorizationPolicy), $"route {route.RouteId} names no authorization policy");
        });
    }

    [Fact]
    public void Every_cluster_has_a_destination_with_an_absolute_address()
    {
        Assert.All(Loaded.Clusters, cluster =>
        {
            Assert.NotNull(cluster.Destinations);
            Assert.NotEmpty(cluster.Destinations);
            Assert.All(cluster.Destinations, destination =>
                Assert.True(Uri.TryCreate(destination.Value.Address, UriKind.Absolute, out _), $"{cluster.ClusterId}/{destination.Key}: {destination.Value.Address}"));
        });
    }

    private static List<string> Names(JsonElement section) =>
        section.EnumerateObject().Select(entry => entry.Name).Order(StringComparer.Ordinal).ToList();
}
