using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace Gateway.Health;

/// <summary>
/// The gateway's part of <c>/health/ready</c>: asks each route's destination for its
/// <c>/health/live</c> and reports which services are reachable. One unreachable service makes
/// the gateway Degraded, not Unhealthy: it still serves every other route.
/// </summary>
internal sealed class ServiceReachabilityCheck(IProxyStateLookup proxyState, IHttpClientFactory clients) : IHealthCheck
{
    public const string HttpClientName = "service-reachability";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probes = proxyState.GetClusters()
            .SelectMany(cluster => cluster.Destinations.Values.Select(destination => (Cluster: cluster.ClusterId, destination.Model.Config.Address)))
            .Select(target => ProbeAsync(target.Cluster, target.Address, cancellationToken))
            .ToList();
        var results = await Task.WhenAll(probes);

        var data = results.ToDictionary(result => result.Cluster, result => (object)result.State);
        var unreachable = results.Where(result => result.State != "reachable").Select(result => result.Cluster).ToList();
        return unreachable.Count == 0
            ? HealthCheckResult.Healthy("Every service is reachable.", data)
            : HealthCheckResult.Degraded($"Unreachable: {string.Join(", ", unreachable)}.", data: data);
    }

    private async Task<(string Cluster, string State)> ProbeAsync(string cluster, string address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync(new Uri(new Uri(address), "/health/live"), cancellationToken);
            return (cluster, response.IsSuccessStatusCode ? "reachable" : $"answered {(int)response.StatusCode}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return (cluster, "unreachable");
        }
    }
}
