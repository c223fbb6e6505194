namespace Platform.AppHost;

/// <summary>How the AppHost tells one deployable where another listens.</summary>
internal static class ServiceAddresses
{
    /// <summary>Points the gateway's YARP cluster <paramref name="cluster"/> at a service's HTTP endpoint.</summary>
    public static IResourceBuilder<ExecutableResource> WithClusterDestination(
        this IResourceBuilder<ExecutableResource> gateway, string cluster, IResourceBuilder<ExecutableResource> service) =>
        gateway.WithEnvironment(
            $"ReverseProxy__Clusters__{cluster}__Destinations__primary__Address",
            service.GetEndpoint("http"));

    /// <summary>Tells the reporting service where a source's contribution manifest is (<c>Reporting:Sources:{source}</c>).</summary>
    public static IResourceBuilder<ExecutableResource> WithReportSource(
        this IResourceBuilder<ExecutableResource> reporting, string source, IResourceBuilder<ExecutableResource> service) =>
        reporting.WithEnvironment($"Reporting__Sources__{source}", service.GetEndpoint("http"));
}
